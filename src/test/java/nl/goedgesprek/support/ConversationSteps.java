package nl.goedgesprek.support;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import nl.goedgesprek.cards.CardId;
import nl.goedgesprek.cards.Cards;
import nl.goedgesprek.cards.ConversationKind;
import nl.goedgesprek.conversations.AgreementStatus;
import nl.goedgesprek.conversations.ConversationId;
import nl.goedgesprek.conversations.Side;
import nl.goedgesprek.conversations.internal.Acknowledgement;
import nl.goedgesprek.conversations.internal.ConversationPlanning;
import nl.goedgesprek.conversations.internal.Preparation;
import nl.goedgesprek.conversations.internal.PreparationDraft;
import nl.goedgesprek.conversations.internal.Preparing;
import nl.goedgesprek.conversations.internal.RecordShares;
import nl.goedgesprek.conversations.internal.Recording;
import nl.goedgesprek.conversations.internal.Talking;
import nl.goedgesprek.conversations.internal.TalkingPoint;
import nl.goedgesprek.followup.internal.AgreementFollowUp;
import nl.goedgesprek.followup.internal.FollowedAgreement;
import nl.goedgesprek.followup.internal.PulseAnswers;
import nl.goedgesprek.people.EmployeeId;

/**
 * The steps of a conversation as a test needs them, through the application's own services: plan,
 * prepare and share, talk (notes, agreements), close, acknowledge, follow up. The one entry to the
 * conversations module's internals for the tests of other modules, so a change inside conversations
 * is followed here once. Value types ({@link PreparationDraft}, {@code Acknowledgement.Kind},
 * {@code TalkingPoint.Outcome}, {@code AgreementStatus}) pass through as they are. Import it with
 * {@code @Import(ConversationSteps.class)}; {@code ConversationStepsOnlyTests} fails when a test outside
 * conversations reaches the module's services another way.
 */
@Component
public class ConversationSteps {

	/** Preparations with nothing filled in, for tests about what happens after. */
	public static final PreparationDraft EMPTY = new PreparationDraft(Map.of(), Map.of(), List.of(), null);

	private final ConversationPlanning planning;

	private final Preparing preparing;

	private final Talking talking;

	private final Recording recording;

	private final RecordShares recordShares;

	/** Follow-up's, for the steps after the conversation; a module test without follow-up does not take them. */
	private final ObjectProvider<AgreementFollowUp> followUp;

	private final ObjectProvider<PulseAnswers> pulses;

	private final Cards cards;

	ConversationSteps(ConversationPlanning planning, Preparing preparing, Talking talking, Recording recording,
			RecordShares recordShares, ObjectProvider<AgreementFollowUp> followUp, ObjectProvider<PulseAnswers> pulses,
			Cards cards) {
		this.pulses = pulses;
		this.planning = planning;
		this.preparing = preparing;
		this.talking = talking;
		this.recording = recording;
		this.recordShares = recordShares;
		this.followUp = followUp;
		this.cards = cards;
	}

	/** A preparation with answers by key, scores by key and talking points. */
	public static PreparationDraft preparation(Map<String, String> texts, Map<String, Integer> scores,
			List<String> talkingPoints) {
		return new PreparationDraft(texts, scores, talkingPoints, null);
	}

	/*
	 * Whoever comes first plans, as on the planning page: the partner is one of the planner's reports or the
	 * planner's own manager.
	 */

	/** A check-in on the first published card, planned by {@code planner} with {@code partner}. */
	public ConversationId plan(EmployeeId planner, EmployeeId partner, LocalDateTime at) {
		return plan(planner, partner, ConversationKind.CHECK_IN, at, cards.publishedCards().get(0).id());
	}

	/** A conversation of this kind on the first published card suggested for it, planned by {@code planner}. */
	public ConversationId plan(EmployeeId planner, EmployeeId partner, ConversationKind kind, LocalDateTime at) {
		return plan(planner, partner, kind, at, cards.publishedCards()
			.stream()
			.filter(card -> card.suggestedFor() == kind)
			.findFirst()
			.orElseThrow()
			.id());
	}

	/** On this card. */
	public ConversationId plan(EmployeeId planner, EmployeeId partner, ConversationKind kind, LocalDateTime at,
			CardId card) {
		return planning.plan(planner, partner, kind, at, card);
	}

	public void cancel(EmployeeId actor, ConversationId id, String reason) {
		planning.cancel(actor, id, null, reason);
	}

	/** Moves the conversation to another moment; the other participant hears of it. */
	public void reschedule(EmployeeId actor, ConversationId id, LocalDateTime when) {
		planning.reschedule(actor, id, null, when);
	}

	/** Saves a draft of one's own preparation without sharing it; returns its new version. */
	public Integer saveDraft(EmployeeId author, ConversationId id, PreparationDraft draft) {
		return preparing.saveDraft(author, id, null, draft);
	}

	/** Saves a draft over the version it was read at, as a page does; another version is an edit clash. */
	public Integer saveDraft(EmployeeId author, ConversationId id, Integer version, PreparationDraft draft) {
		return preparing.saveDraft(author, id, version, draft);
	}

	/** One's own preparation as it is stored, empty if not begun. */
	public Preparation ownPreparation(EmployeeId author, ConversationId id) {
		return preparing.own(author, id);
	}

	/** Shares what one's own preparation holds. */
	public void share(EmployeeId author, ConversationId id) {
		preparing.share(author, id);
	}

	/** Saves {@code draft} as one's own preparation and shares it. */
	public void share(EmployeeId author, ConversationId id, PreparationDraft draft) {
		preparing.saveAndShare(author, id, null, draft);
	}

	public void start(EmployeeId actor, ConversationId id) {
		talking.start(actor, id);
	}

	public void note(EmployeeId actor, ConversationId id, String themeKey, String text) {
		talking.writeNote(actor, id, themeKey, null, text);
	}

	/** Says what became of talking point {@code index} of {@code side}'s preparation, during the conversation. */
	public void settle(EmployeeId actor, ConversationId id, Side side, int index, TalkingPoint.Outcome outcome,
			String note) {
		talking.settle(actor, id, side, index, outcome, note);
	}

	public void agree(EmployeeId actor, ConversationId id, String description, Side owner, LocalDate due) {
		agree(actor, id, description, owner, due, null);
	}

	/** An agreement under a theme of the card. */
	public void agree(EmployeeId actor, ConversationId id, String description, Side owner, LocalDate due,
			String themeKey) {
		talking.makeAgreement(actor, id, description, owner, due, themeKey);
	}

	public void close(EmployeeId actor, ConversationId id) {
		talking.close(actor, id);
	}

	/**
	 * A check-in held today, planned by the employee: both share {@code preparation}, the manager starts it,
	 * {@code during} writes notes or agreements, the manager closes it.
	 */
	public ConversationId held(EmployeeId employee, EmployeeId manager, PreparationDraft preparation,
			Consumer<ConversationId> during) {
		ConversationId id = plan(employee, manager, LocalDate.now().atTime(8, 0));
		share(employee, id, preparation);
		share(manager, id, preparation);
		start(manager, id);
		during.accept(id);
		close(manager, id);
		return id;
	}

	public void acknowledge(EmployeeId actor, ConversationId id, Acknowledgement.Kind kind) {
		recording.acknowledge(actor, id, kind);
	}

	/** The employee's own view, added to the closed record. */
	public void addEmployeeView(EmployeeId actor, ConversationId id, String text) {
		recording.addEmployeeView(actor, id, text);
	}

	/** A correction or addition to the closed record, by either participant. */
	public void addAmendment(EmployeeId actor, ConversationId id, String text) {
		recording.addAmendment(actor, id, text);
	}

	/** The employee shares an earlier, closed record with their new manager. */
	public void shareRecord(EmployeeId actor, ConversationId id) {
		recordShares.share(actor, id);
	}

	public void pulse(EmployeeId actor, ConversationId id, int good, int heard) {
		pulses.getObject().answer(actor, id, good, heard);
	}

	/** The agreements {@code person} follows up: their own and their reports'. */
	public List<FollowedAgreement> agreementsOf(EmployeeId person) {
		return followUp.getObject().of(person);
	}

	/** The owner reports progress on an agreement (terugkoppeling). */
	public void report(EmployeeId actor, long agreementId, AgreementStatus status, String note) {
		followUp.getObject().report(actor, agreementId, null, status, note);
	}

}
