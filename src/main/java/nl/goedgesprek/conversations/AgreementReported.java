package nl.goedgesprek.conversations;

import java.time.Instant;

import nl.goedgesprek.people.EmployeeId;

/**
 * The owner of an agreement reported where it stands, with a short note (or none). Published inside
 * the transaction that changed the agreement, so follow-up keeps the note with the agreement's progress
 * in that same transaction (a plain {@code @EventListener}); {@link AgreementProgressed} tells the other
 * participant after the commit.
 */
public record AgreementReported(long agreementId, AgreementStatus status, String note, EmployeeId writtenBy,
		Instant writtenAt) {
}
