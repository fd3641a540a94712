package nl.goedgesprek.followup.internal;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;

import nl.goedgesprek.conversations.ConversationId;
import nl.goedgesprek.followup.NotificationKind;
import nl.goedgesprek.people.EmployeeId;

/**
 * One message in someone's inbox. It stores what happened, not a sentence, so it reads in the
 * recipient's language when they open it.
 */
public class Notification {

	@Id
	private Long id;

	private EmployeeId recipientId;

	private NotificationKind kind;

	private ConversationId conversationId;

	private Long agreementId;

	private EmployeeId actorId;

	private String detail;

	private String note;

	private Instant createdAt;

	private Instant readAt;

	@PersistenceCreator
	Notification(Long id, EmployeeId recipientId, NotificationKind kind, ConversationId conversationId, Long agreementId,
			EmployeeId actorId, String detail, String note, Instant createdAt, Instant readAt) {
		this.id = id;
		this.recipientId = recipientId;
		this.kind = kind;
		this.conversationId = conversationId;
		this.agreementId = agreementId;
		this.actorId = actorId;
		this.detail = detail;
		this.note = note;
		this.createdAt = createdAt;
		this.readAt = readAt;
	}

	/**
	 * @param detail what kind, status or reason it is about
	 * @param note the person's own words, such as a progress note, or {@code null}
	 */
	static Notification to(EmployeeId recipient, NotificationKind kind, ConversationId conversation, Long agreement,
			EmployeeId actor, String detail, String note, Instant now) {
		return new Notification(null, recipient, kind, conversation, agreement, actor, cut(detail), cut(note), now, null);
	}

	private static String cut(String text) {
		return text == null || text.length() <= 1000 ? text : text.substring(0, 1000);
	}

	public void markRead(Instant now) {
		if (readAt == null) {
			readAt = now;
		}
	}

	public Long rawId() {
		return id;
	}

	public EmployeeId recipientId() {
		return recipientId;
	}

	public NotificationKind kind() {
		return kind;
	}

	public ConversationId conversationId() {
		return conversationId;
	}

	public Long agreementId() {
		return agreementId;
	}

	public EmployeeId actorId() {
		return actorId;
	}

	public String detail() {
		return detail;
	}

	public String note() {
		return note;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public boolean unread() {
		return readAt == null;
	}

}
