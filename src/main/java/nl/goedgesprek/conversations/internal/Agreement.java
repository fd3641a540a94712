package nl.goedgesprek.conversations.internal;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

import nl.goedgesprek.conversations.AgreementStatus;
import nl.goedgesprek.conversations.ConversationId;
import nl.goedgesprek.conversations.Side;
import nl.goedgesprek.people.EmployeeId;

/** An agreement made in a conversation: what, who (either side can own one), when, and about which theme. */
public class Agreement {

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

	private AgreementStatus status;

	private EmployeeId createdBy;

	private Instant createdAt;

	private String statusReason;

	private Instant updatedAt;

	@PersistenceCreator
	Agreement(Long id, Integer version, ConversationId conversationId, EmployeeId employeeId, EmployeeId managerId,
			String description, Side owner, LocalDate dueDate, String themeKey, AgreementStatus status, EmployeeId createdBy,
			Instant createdAt, String statusReason, Instant updatedAt) {
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
	}

	static Agreement make(Conversation conversation, String description, Side owner, LocalDate due, String themeKey,
			EmployeeId by, Instant now) {
		return new Agreement(null, null, conversation.id(), conversation.employeeId(), conversation.managerId(),
				description.strip(), owner, due, themeKey == null || themeKey.isBlank() ? null : themeKey,
				AgreementStatus.OPEN, by, now, null, null);
	}

	/**
	 * The owner reports how it goes: a new status, and a short note. "Niet gelukt" and "vervallen" need a
	 * reason; a finished agreement does not change any more. The note itself is kept by follow-up, with
	 * the agreement's progress ({@code AgreementReported}).
	 * @return the note as kept: stripped, or {@code null} when empty
	 */
	public String report(AgreementStatus newStatus, String note, Instant now) {
		Conversation.require(!status.finished(), "agreement.error.finished");
		String text = note == null || note.isBlank() ? null : note.strip();
		Conversation.require(!newStatus.needsReason() || text != null, "agreement.error.reasonNeeded");
		Conversation.require(newStatus != status || text != null, "agreement.error.nothingNew");
		status = newStatus;
		statusReason = newStatus.needsReason() ? text : null;
		updatedAt = now;
		return text;
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

	public AgreementStatus status() {
		return status;
	}

}
