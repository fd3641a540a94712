package nl.goedgesprek.conversations.internal;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

import nl.goedgesprek.conversations.ConversationId;
import nl.goedgesprek.people.EmployeeId;

/** The joint notes of one theme, written by either participant during the conversation. */
public class Note {

	@Id
	private Long id;

	@Version
	private Integer version;

	private ConversationId conversationId;

	private String themeKey;

	private String text;

	private EmployeeId updatedBy;

	private Instant updatedAt;

	@PersistenceCreator
	Note(Long id, Integer version, ConversationId conversationId, String themeKey, String text, EmployeeId updatedBy,
			Instant updatedAt) {
		this.id = id;
		this.version = version;
		this.conversationId = conversationId;
		this.themeKey = themeKey;
		this.text = text;
		this.updatedBy = updatedBy;
		this.updatedAt = updatedAt;
	}

	public static Note empty(ConversationId conversation, String themeKey) {
		return new Note(null, null, conversation, themeKey, "", null, null);
	}

	public void write(String text, EmployeeId by, Instant now) {
		this.text = text == null ? "" : text;
		this.updatedBy = by;
		this.updatedAt = now;
	}

	public Integer version() {
		return version;
	}

	public String themeKey() {
		return themeKey;
	}

	public String text() {
		return text;
	}

	public EmployeeId updatedBy() {
		return updatedBy;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

}
