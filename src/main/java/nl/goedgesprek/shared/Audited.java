package nl.goedgesprek.shared;

import java.time.Instant;

/**
 * An event worth a line in the organisation's audit trail: who did what to whom, and when. The
 * module that does the thing publishes its own event and says here how it reads in the trail; the
 * {@code privacy} module listens to every {@code Audited} event and keeps the line. A line never holds
 * a password, a token or anything anyone wrote.
 */
public interface Audited {

	AuditLine auditLine();

	/**
	 * @param actorId the person who did it, or {@code null} when it was not a person
	 * @param actorLabel who did it when it was not a person (the installation, a provisioning token)
	 * @param action what happened, one word in capitals ({@code ROLE_GRANTED}); the trail shows it in
	 *        the reader's language as {@code audit.action.<action>}
	 * @param subjectId whom it concerns, or {@code null}
	 * @param detail a short fact (the role), never a secret and never content
	 */
	record AuditLine(Long actorId, String actorLabel, String action, Long subjectId, String detail, Instant at) {
	}

}
