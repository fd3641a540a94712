package nl.goedgesprek.conversations.internal;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.goedgesprek.conversations.ConversationId;
import nl.goedgesprek.conversations.RecordAddedTo;
import nl.goedgesprek.conversations.RecordLocked;
import nl.goedgesprek.conversations.Side;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.shared.EditClash;
import nl.goedgesprek.shared.TextLimits;

/**
 * After the conversation: acknowledging the record ("voor gezien", and separately and optionally
 * "voor akkoord"), the employee's own view, and corrections. Nobody is forced to agree.
 */
@Service
@Transactional
public class Recording {

	private final Participation participation;

	private final ConversationRepository conversations;

	private final RecordEntries entries;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final TextLimits limits;

	Recording(Participation participation, ConversationRepository conversations, RecordEntries entries, Clock clock,
			ApplicationEventPublisher events, TextLimits limits) {
		this.limits = limits;
		this.participation = participation;
		this.conversations = conversations;
		this.entries = entries;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * @throws EditClash when the other side acknowledged at the same moment; the
	 * caller tries again in a new transaction, which then adds this acknowledgement on top of theirs
	 */
	public void acknowledge(EmployeeId actor, ConversationId id, Acknowledgement.Kind kind) {
		Conversation conversation = participation.load(actor, id);
		boolean locked = conversation.acknowledge(conversation.sideOf(actor), kind, clock.instant());
		try {
			conversations.save(conversation);
		}
		catch (OptimisticLockingFailureException e) {
			throw new EditClash();
		}
		if (locked) {
			events.publishEvent(new RecordLocked(id, conversation.lockedAt()));
		}
	}

	/** The employee's own view: appended, and from then on unchangeable by anyone. */
	public void addEmployeeView(EmployeeId actor, ConversationId id, String text) {
		Conversation conversation = participation.load(actor, id);
		Conversation.require(conversation.sideOf(actor) == Side.EMPLOYEE, "record.error.viewIsTheEmployees");
		Conversation.require(conversation.status().closed(), "conversation.error.notClosed");
		Conversation.require(text != null && !text.isBlank(), "record.view.required");
		limits.require("employee_view.text", "text", text.strip());
		entries.addEmployeeView(id, actor, text, clock.instant());
		events.publishEvent(new RecordAddedTo(id, actor, conversation.managerId(), RecordAddedTo.Addition.EMPLOYEE_VIEW));
	}

	/** A correction after closing: added to the history that both see, never replacing what was there. */
	public void addAmendment(EmployeeId actor, ConversationId id, String text) {
		Conversation conversation = participation.load(actor, id);
		Conversation.require(conversation.status().closed(), "conversation.error.notClosed");
		Conversation.require(text != null && !text.isBlank(), "record.amendment.required");
		limits.require("amendment.text", "text", text.strip());
		entries.addAmendment(id, actor, text, clock.instant());
		EmployeeId other = actor.equals(conversation.employeeId()) ? conversation.managerId() : conversation.employeeId();
		events.publishEvent(new RecordAddedTo(id, actor, other, RecordAddedTo.Addition.AMENDMENT));
	}

}
