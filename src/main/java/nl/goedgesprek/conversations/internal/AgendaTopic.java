package nl.goedgesprek.conversations.internal;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

import nl.goedgesprek.conversations.ConversationId;
import nl.goedgesprek.conversations.Side;
import nl.goedgesprek.people.EmployeeId;

/**
 * A topic on the running agenda (lopende agenda) of a pair: added by either side between
 * conversations, seen by both at once, and talked about in the pair's next conversation. Like a
 * talking point it gets an outcome there (answered, an agreement, parked); without one, or parked, it
 * stays on the next agenda.
 */
public class AgendaTopic {

	@Id
	private Long id;

	@Version
	private Integer version;

	private final EmployeeId employeeId;

	private final EmployeeId managerId;

	private final EmployeeId addedBy;

	private final Side side;

	private final String text;

	private final Instant addedAt;

	/** The conversation whose agenda it was on when that conversation was closed: it counts there. */
	private ConversationId countsFor;

	/** The conversation in which its outcome was said. */
	private ConversationId settledDuring;

	private TalkingPoint.Outcome outcome;

	private String outcomeNote;

	@PersistenceCreator
	AgendaTopic(Long id, Integer version, EmployeeId employeeId, EmployeeId managerId, EmployeeId addedBy, Side side,
			String text, Instant addedAt, ConversationId countsFor, ConversationId settledDuring,
			TalkingPoint.Outcome outcome, String outcomeNote) {
		this.id = id;
		this.version = version;
		this.employeeId = employeeId;
		this.managerId = managerId;
		this.addedBy = addedBy;
		this.side = side;
		this.text = text;
		this.addedAt = addedAt;
		this.countsFor = countsFor;
		this.settledDuring = settledDuring;
		this.outcome = outcome;
		this.outcomeNote = outcomeNote;
	}

	static AgendaTopic added(EmployeeId employee, EmployeeId manager, EmployeeId by, String text, Instant now) {
		Side side = by.equals(employee) ? Side.EMPLOYEE : Side.MANAGER;
		return new AgendaTopic(null, null, employee, manager, by, side, text, now, null, null, null, null);
	}

	/** The same topic, for the pair with a new manager: what the employee takes along after a move. */
	AgendaTopic takenTo(EmployeeId newManager, Instant now) {
		return new AgendaTopic(null, null, employeeId, newManager, addedBy, side, text, now, null, null, null, null);
	}

	/**
	 * The topic as a closed conversation's record has it: what became of it in that conversation
	 * ({@code null}: not discussed there), whatever happened to it later. A copy to show, never saved.
	 */
	AgendaTopic asOnRecord(TalkingPoint.Outcome outcomeThen, String noteThen) {
		return new AgendaTopic(id, version, employeeId, managerId, addedBy, side, text, addedAt, countsFor, settledDuring,
				outcomeThen, noteThen);
	}

	/** Says what became of it in a conversation; like a talking point, parked needs a reason. */
	void settle(ConversationId in, TalkingPoint.Outcome outcome, String note) {
		TalkingPoint settled = new TalkingPoint(text, false, null, null).settled(outcome, note);
		this.outcome = settled.outcome();
		this.outcomeNote = settled.outcomeNote();
		this.settledDuring = outcome == null ? null : in;
	}

	/** Closing a conversation with this topic on its agenda: from now on it counts there. */
	void countsFor(ConversationId conversation) {
		if (countsFor == null) {
			countsFor = conversation;
		}
	}

	/** Still to talk about: no outcome yet, or parked. */
	public boolean open() {
		return outcome == null || outcome == TalkingPoint.Outcome.PARKED;
	}

	/** Its author may take it back until it was on the agenda of a conversation that was held. */
	public boolean removableBy(EmployeeId person) {
		return addedBy.equals(person) && outcome == null && countsFor == null;
	}

	/** On the agenda of a held conversation before, without an outcome: carried over. */
	public boolean carriedOver() {
		return countsFor != null && open();
	}

	public long rawId() {
		return id;
	}

	public Integer version() {
		return version;
	}

	public EmployeeId employeeId() {
		return employeeId;
	}

	public EmployeeId managerId() {
		return managerId;
	}

	public EmployeeId addedBy() {
		return addedBy;
	}

	public Side side() {
		return side;
	}

	public String text() {
		return text;
	}

	public Instant addedAt() {
		return addedAt;
	}

	public ConversationId countsFor() {
		return countsFor;
	}

	public ConversationId settledDuring() {
		return settledDuring;
	}

	public TalkingPoint.Outcome outcome() {
		return outcome;
	}

	public String outcomeNote() {
		return outcomeNote;
	}

}
