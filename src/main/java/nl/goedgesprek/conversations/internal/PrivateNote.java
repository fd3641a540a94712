package nl.goedgesprek.conversations.internal;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

import nl.goedgesprek.conversations.ConversationId;
import nl.goedgesprek.people.EmployeeId;

/**
 * Eigen notities: what one participant keeps for themself on a conversation. Nobody else ever reads
 * it: not the other participant, not HR, not the record, its PDF or the other's data export; only the
 * author's own export holds it ({@code PeopleAccess.mayReadPrivateNote}).
 */
public class PrivateNote {

	@Id
	private Long id;

	@Version
	private Integer version;

	private final ConversationId conversationId;

	private final EmployeeId authorId;

	private String text;

	private Instant updatedAt;

	@PersistenceCreator
	PrivateNote(Long id, Integer version, ConversationId conversationId, EmployeeId authorId, String text,
			Instant updatedAt) {
		this.id = id;
		this.version = version;
		this.conversationId = conversationId;
		this.authorId = authorId;
		this.text = text;
		this.updatedAt = updatedAt;
	}

	static PrivateNote empty(ConversationId conversation, EmployeeId author) {
		return new PrivateNote(null, null, conversation, author, "", null);
	}

	void write(String text, Instant now) {
		this.text = text == null ? "" : text;
		this.updatedAt = now;
	}

	public Integer version() {
		return version;
	}

	public ConversationId conversationId() {
		return conversationId;
	}

	public EmployeeId authorId() {
		return authorId;
	}

	public String text() {
		return text;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

}
