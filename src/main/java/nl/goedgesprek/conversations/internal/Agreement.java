package nl.goedgesprek.conversations.internal;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

import nl.goedgesprek.conversations.ConversationId;
import nl.goedgesprek.conversations.Side;
import nl.goedgesprek.people.EmployeeId;

/** An agreement made in a conversation: what, who (either side can own one), when, and about which theme. */
public class Agreement {

	public enum Status { OPEN }

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

	@PersistenceCreator
	Agreement(Long id, Integer version, ConversationId conversationId, EmployeeId employeeId, EmployeeId managerId,
			String description, Side owner, LocalDate dueDate, String themeKey, Status status, EmployeeId createdBy,
			Instant createdAt) {
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
	}

	static Agreement make(Conversation conversation, String description, Side owner, LocalDate due, String themeKey,
			EmployeeId by, Instant now) {
		return new Agreement(null, null, conversation.id(), conversation.employeeId(), conversation.managerId(),
				description.strip(), owner, due, themeKey == null || themeKey.isBlank() ? null : themeKey,
				Status.OPEN, by, now);
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
