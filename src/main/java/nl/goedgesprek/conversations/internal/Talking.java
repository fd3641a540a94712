package nl.goedgesprek.conversations.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.goedgesprek.conversations.AgreementMade;
import nl.goedgesprek.conversations.ConversationHeld;
import nl.goedgesprek.conversations.ConversationId;
import nl.goedgesprek.conversations.ConversationStatus;
import nl.goedgesprek.conversations.Side;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.shared.Refusal;
import nl.goedgesprek.shared.EditClash;
import nl.goedgesprek.shared.TextLimits;
import nl.goedgesprek.cards.Cards;

/**
 * During the conversation: starting it, joint notes per theme, ticking off talking points, making
 * agreements, and closing it into a record.
 */
@Service
@Transactional
public class Talking {

	private final Participation participation;

	private final ConversationRepository conversations;

	private final NoteRepository notes;

	private final PreparationRepository preparations;

	private final AgreementRepository agreements;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final TextLimits limits;

	private final Cards cards;

	private final RunningAgenda runningAgenda;

	Talking(Participation participation, ConversationRepository conversations, NoteRepository notes,
			PreparationRepository preparations, AgreementRepository agreements, Clock clock,
			ApplicationEventPublisher events, TextLimits limits, Cards cards, RunningAgenda runningAgenda) {
		this.runningAgenda = runningAgenda;
		this.cards = cards;
		this.limits = limits;
		this.participation = participation;
		this.conversations = conversations;
		this.notes = notes;
		this.preparations = preparations;
		this.agreements = agreements;
		this.clock = clock;
		this.events = events;
	}

	public void start(EmployeeId actor, ConversationId id) {
		Conversation conversation = participation.load(actor, id);
		conversation.start(clock.instant());
		conversations.save(conversation);
	}

	/**
	 * Saves the notes of one theme, if nobody saved them since the writer loaded them.
	 * @return the saved note, with its new version
	 * @throws EditClash when the other participant saved first
	 */
	public Note writeNote(EmployeeId actor, ConversationId id, String themeKey, Integer expectedVersion, String text) {
		Conversation conversation = during(actor, id);
		Conversation.require(hasTheme(conversation, themeKey), "talk.error.noSuchTheme");
		limits.require("note.text", "text", text);
		Note note = notes.findByConversationIdAndThemeKey(id, themeKey).orElseGet(() -> Note.empty(id, themeKey));
		if (note.version() != null && !note.version().equals(expectedVersion)) {
			throw new EditClash();
		}
		note.write(text, actor, clock.instant());
		try {
			return notes.save(note);
		}
		catch (OptimisticLockingFailureException | org.springframework.dao.DuplicateKeyException e) {
			throw new EditClash();
		}
	}

	/**
	 * Says what became of a talking point. Both may do so at once; each changes only its own point, so
	 * on a clash the caller simply tries again in a new transaction.
	 * @throws Refusal when a parked point has no reason
	 */
	public void settle(EmployeeId actor, ConversationId id, Side side, int index, TalkingPoint.Outcome outcome,
			String note) {
		during(actor, id);
		Preparation preparation = preparations.findByConversationIdAndSide(id, side)
			.filter(Preparation::shared)
			.orElseThrow(() -> new Refusal("conversation.error.notShared"));
		preparation.settle(index, outcome, limits.require("talking_point.outcome_note", "note", note));
		try {
			preparations.save(preparation);
		}
		catch (OptimisticLockingFailureException e) {
			throw new EditClash();
		}
	}

	public void makeAgreement(EmployeeId actor, ConversationId id, String description, Side owner, LocalDate due,
			String themeKey) {
		Conversation conversation = during(actor, id);
		Conversation.require(description != null && !description.isBlank(), "agreement.error.description");
		limits.require("agreement.description", "description", description.strip());
		Conversation.require(themeKey == null || themeKey.isBlank() || hasTheme(conversation, themeKey),
				"talk.error.noSuchTheme");
		Agreement agreement = agreements.save(
				Agreement.make(conversation, description, owner, due, themeKey, actor, clock.instant()));
		events.publishEvent(new AgreementMade(agreement.rawId(), id, agreement.ownerId(), due));
	}

	public void withdrawAgreement(EmployeeId actor, ConversationId id, long agreementId) {
		during(actor, id);
		agreements.findById(agreementId)
			.filter(agreement -> agreement.conversationId().equals(id))
			.ifPresent(agreements::delete);
	}

	public void close(EmployeeId actor, ConversationId id) {
		Conversation conversation = participation.load(actor, id);
		conversation.close(clock.instant());
		conversations.save(conversation);
		runningAgenda.raiseAll(conversation);
		events.publishEvent(new ConversationHeld(id, conversation.employeeId(), conversation.managerId(),
				conversation.closedAt()));
	}

	private Conversation during(EmployeeId actor, ConversationId id) {
		Conversation conversation = participation.load(actor, id);
		Conversation.require(conversation.status() == ConversationStatus.STARTED, "conversation.error.notStarted");
		return conversation;
	}

	/** Whether the conversation's card has this theme: notes and agreements belong to one of its themes. */
	private boolean hasTheme(Conversation conversation, String themeKey) {
		return themeKey != null && cards.content(conversation.cardVersionId())
			.flatMap(content -> content.theme(themeKey))
			.isPresent();
	}

}
