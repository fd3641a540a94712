package nl.goedgesprek.conversations.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;

import nl.goedgesprek.conversations.ConversationId;
import nl.goedgesprek.conversations.Side;
import nl.goedgesprek.people.EmployeeId;

/** An agreement made in a conversation: what, who (either side can own one), when, and about which theme. */
public class Agreement {

	/** Open, bezig, gedaan, niet gelukt (with a reason), vervallen (with a reason). */
	public enum Status {

		OPEN, IN_PROGRESS, DONE, NOT_ACHIEVED, DROPPED;

		public boolean needsReason() {
			return this == NOT_ACHIEVED || this == DROPPED;
		}

		public boolean finished() {
			return this == DONE || this == NOT_ACHIEVED || this == DROPPED;
		}

	}

	@Id
	private Long id;

	@Version
	private Integer version;

	private ConversationId conversationId;

	private EmployeeId employeeId;

	private EmployeeId managerId;

	private String description;

	private Side owner;

	private LocalDate dueDate;

	private String themeKey;

	private Status status;

	private EmployeeId createdBy;

	private Instant createdAt;

	private String statusReason;

	private Instant updatedAt;

	@MappedCollection
	private List<ProgressNote> progress = new ArrayList<>();

	@PersistenceCreator
	Agreement(Long id, Integer version, ConversationId conversationId, EmployeeId employeeId, EmployeeId managerId,
			String description, Side owner, LocalDate dueDate, String themeKey, Status status, EmployeeId createdBy,
			Instant createdAt, String statusReason, Instant updatedAt, List<ProgressNote> progress) {
		this.id = id;
		this.version = version;
		this.conversationId = conversationId;
		this.employeeId = employeeId;
		this.managerId = managerId;
		this.description = description;
		this.owner = owner;
		this.dueDate = dueDate;
		this.themeKey = themeKey;
		this.status = status;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
		this.statusReason = statusReason;
		this.updatedAt = updatedAt;
		this.progress = progress == null ? new ArrayList<>() : new ArrayList<>(progress);
	}

	/** The same agreement with its progress notes, for a page that reads the notes of many at once. */
	Agreement withProgress(List<ProgressNote> notes) {
		return new Agreement(id, version, conversationId, employeeId, managerId, description, owner, dueDate, themeKey,
				status, createdBy, createdAt, statusReason, updatedAt, notes);
	}

	static Agreement make(Conversation conversation, String description, Side owner, LocalDate due, String themeKey,
			EmployeeId by, Instant now) {
		return new Agreement(null, null, conversation.id(), conversation.employeeId(), conversation.managerId(),
				description.strip(), owner, due, themeKey == null || themeKey.isBlank() ? null : themeKey,
				Status.OPEN, by, now, null, null, List.of());
	}

	/**
	 * The owner reports how it goes: a new status, and a short note. "Niet gelukt" and "vervallen" need a
	 * reason; a finished agreement does not change any more.
	 */
	public void report(Status newStatus, String note, EmployeeId by, Instant now) {
		Conversation.require(!status.finished(), "agreement.error.finished");
		String text = note == null || note.isBlank() ? null : note.strip();
		Conversation.require(!newStatus.needsReason() || text != null, "agreement.error.reasonNeeded");
		Conversation.require(newStatus != status || text != null, "agreement.error.nothingNew");
		status = newStatus;
		statusReason = newStatus.needsReason() ? text : null;
		updatedAt = now;
		progress.add(new ProgressNote(newStatus, text, by, now));
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

	/** The other participant, who hears about the owner's progress. */
	public EmployeeId otherThanOwner() {
		return owner == Side.EMPLOYEE ? managerId : employeeId;
	}

	public String statusReason() {
		return statusReason;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	public List<ProgressNote> progress() {
		return List.copyOf(progress);
	}

	public Long rawId() {
		return id;
	}

	public ConversationId conversationId() {
		return conversationId;
	}

	public String description() {
		return description;
	}

	public Side owner() {
		return owner;
	}

	public EmployeeId ownerId() {
		return owner == Side.EMPLOYEE ? employeeId : managerId;
	}

	public LocalDate dueDate() {
		return dueDate;
	}

	public String themeKey() {
		return themeKey;
	}

	public Status status() {
		return status;
	}

}
