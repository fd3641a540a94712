package nl.goedgesprek.mail.internal;

import java.time.Instant;

import nl.goedgesprek.mail.MailKind;

/**
 * A mail in the outbox.
 * @param calendar iCalendar text to attach, or {@code null}
 * @param claimedUntil until when this sender may send it
 */
public record OutgoingMail(long id, MailKind kind, String to, String language, String subject, String body,
		String calendar, Instant createdAt, Instant claimedUntil, Instant sentAt, Instant failedAt, int attempts,
		String lastError) {

	/** The same Message-ID on every attempt, so a mail client can tell a repeat from a new mail. */
	public String messageId() {
		return "<outbox-" + id + "@goedgesprek>";
	}

}
