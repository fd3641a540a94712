package nl.goedgesprek.conversations;

import nl.goedgesprek.people.EmployeeId;

/**
 * The owner of an agreement reported progress. The other participant is told (terugkoppeling).
 * @param status the agreement's new status, by name (open, in progress, done, not achieved, dropped)
 * @param step how many progress reports the agreement has now, this one included
 */
public record AgreementProgressed(Long agreementId, ConversationId conversation, EmployeeId owner, EmployeeId other,
		String status, String note, int step) {
}
