package nl.goedgesprek.people;

import java.net.URI;
import java.time.Instant;

/**
 * Mails a person a one-time link to set their password. The people module knows the link; the mail
 * module (which depends on people, not the other way round) writes and queues the mail. The mail joins
 * the caller's transaction, so the link is never queued without the stored hash that makes it work,
 * and never travels through the event registry, where it would be kept in plain text.
 */
public interface AccountMail {

	enum Kind {

		/** HR invites the person to choose a password. */
		INVITATION,

		/** The person forgot their password and asked for a new one. */
		RESET

	}

	/**
	 * @param invitedBy who sent an invitation (named in the mail); {@code null} for a reset
	 * @param dedupeKey the same key never queues a second mail
	 */
	void send(Kind kind, EmployeeId to, EmployeeId invitedBy, URI link, Instant expires, String dedupeKey);

}
