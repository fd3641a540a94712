package nl.goedgesprek.conversations.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

import nl.goedgesprek.cards.CardVersionId;
import nl.goedgesprek.cards.ConversationKind;
import nl.goedgesprek.conversations.ConversationId;
import nl.goedgesprek.conversations.ConversationStatus;
import nl.goedgesprek.conversations.Side;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.shared.Refusal;

/**
 * A conversation between an employee and their manager, from planning to the locked record. It
 * guards the order of things: prepare before, write notes during, acknowledge after.
 */
public class Conversation {

	@Id
	private Long id;

	@Version
	private Integer version;

	private EmployeeId employeeId;

	private EmployeeId managerId;

	private ConversationKind kind;

	private LocalDateTime scheduledAt;

	private CardVersionId cardVersionId;

	private EmployeeId plannedBy;

	private ConversationStatus status;

	private String cancelReason;

	private EmployeeId cancelledBy;

	private Instant createdAt;

	private Instant startedAt;

	private Instant closedAt;

	private Instant lockedAt;

	private Set<Acknowledgement> acknowledgements = new HashSet<>();

	@PersistenceCreator
	Conversation(Long id, Integer version, EmployeeId employeeId, EmployeeId managerId, ConversationKind kind,
			LocalDateTime scheduledAt, CardVersionId cardVersionId, EmployeeId plannedBy, ConversationStatus status,
			String cancelReason, EmployeeId cancelledBy, Instant createdAt, Instant startedAt, Instant closedAt,
			Instant lockedAt, Set<Acknowledgement> acknowledgements) {
		this.id = id;
		this.version = version;
		this.employeeId = employeeId;
		this.managerId = managerId;
		this.kind = kind;
		this.scheduledAt = scheduledAt;
		this.cardVersionId = cardVersionId;
		this.plannedBy = plannedBy;
		this.status = status;
		this.cancelReason = cancelReason;
		this.cancelledBy = cancelledBy;
		this.createdAt = createdAt;
		this.startedAt = startedAt;
		this.closedAt = closedAt;
		this.lockedAt = lockedAt;
		this.acknowledgements = acknowledgements == null ? new HashSet<>() : new HashSet<>(acknowledgements);
	}

	public static Conversation plan(EmployeeId employee, EmployeeId manager, ConversationKind kind,
			LocalDateTime scheduledAt, CardVersionId card, EmployeeId plannedBy, Instant now) {
		return new Conversation(null, null, employee, manager, kind, scheduledAt, card, plannedBy,
				ConversationStatus.PLANNED, null, null, now, null, null, null, Set.of());
	}

	public Side sideOf(EmployeeId participant) {
		if (participant.equals(employeeId)) {
			return Side.EMPLOYEE;
		}
		if (participant.equals(managerId)) {
			return Side.MANAGER;
		}
		throw new IllegalArgumentException(participant + " does not take part in conversation " + id);
	}

	public EmployeeId participant(Side side) {
		return side == Side.EMPLOYEE ? employeeId : managerId;
	}

	public void reschedule(LocalDateTime newTime) {
		require(status.beforeTheConversation(), "conversation.error.alreadyStarted");
		scheduledAt = newTime;
	}

	public void cancel(EmployeeId by, String reason) {
		require(status.beforeTheConversation(), "conversation.error.alreadyStarted");
		status = ConversationStatus.CANCELLED;
		cancelledBy = by;
		cancelReason = reason.trim();
	}

	public void start(Instant now) {
		require(status.beforeTheConversation(), "conversation.error.alreadyStarted");
		status = ConversationStatus.STARTED;
		startedAt = now;
	}

	public void close(Instant now) {
		require(status == ConversationStatus.STARTED, "conversation.error.notStarted");
		status = ConversationStatus.HELD;
		closedAt = now;
	}

	/**
	 * Records an acknowledgement. When both have seen the record, it is locked.
	 * @return whether this acknowledgement locked the record
	 */
	public boolean acknowledge(Side side, Acknowledgement.Kind kind, Instant now) {
		require(status.closed(), "conversation.error.notClosed");
		if (has(side, kind)) {
			return false;
		}
		acknowledgements.add(new Acknowledgement(side, kind, now));
		if (kind == Acknowledgement.Kind.AGREED && !has(side, Acknowledgement.Kind.SEEN)) {
			acknowledgements.add(new Acknowledgement(side, Acknowledgement.Kind.SEEN, now));
		}
		if (status == ConversationStatus.HELD && has(Side.EMPLOYEE, Acknowledgement.Kind.SEEN)
				&& has(Side.MANAGER, Acknowledgement.Kind.SEEN)) {
			status = ConversationStatus.COMPLETED;
			lockedAt = now;
			return true;
		}
		return false;
	}

	public boolean has(Side side, Acknowledgement.Kind kind) {
		return acknowledgements.stream().anyMatch(a -> a.side() == side && a.kind() == kind);
	}

	public Instant acknowledgedAt(Side side, Acknowledgement.Kind kind) {
		return acknowledgements.stream()
			.filter(a -> a.side() == side && a.kind() == kind)
			.map(Acknowledgement::acknowledgedAt)
			.findFirst()
			.orElse(null);
	}

	public boolean locked() {
		return status == ConversationStatus.COMPLETED;
	}

	static void require(boolean condition, String messageKey) {
		if (!condition) {
			throw new Refusal(messageKey);
		}
	}

	public ConversationId id() {
		return ConversationId.of(id);
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

	public ConversationKind kind() {
		return kind;
	}

	public LocalDateTime scheduledAt() {
		return scheduledAt;
	}

	public CardVersionId cardVersionId() {
		return cardVersionId;
	}

	public EmployeeId plannedBy() {
		return plannedBy;
	}

	/**
	 * The stored status. "In voorbereiding" is not stored but derived from the preparations, so that two
	 * people preparing at once never write to the same row; see {@code ConversationView#status()}.
	 */
	public ConversationStatus status() {
		return status;
	}

	public String cancelReason() {
		return cancelReason;
	}

	public EmployeeId cancelledBy() {
		return cancelledBy;
	}

	public Instant startedAt() {
		return startedAt;
	}

	public Instant closedAt() {
		return closedAt;
	}

	public Instant lockedAt() {
		return lockedAt;
	}

}
