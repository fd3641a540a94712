package nl.goedgesprek.conversations;

import nl.goedgesprek.people.EmployeeId;

/**
 * The owner of an agreement reported progress. The other participant is told (terugkoppeling).
 * @param status the agreement's new status, by name (open, in progress, done, not achieved, dropped)
 * @param step how many progress reports the agreement has now, this one included
 * @param employee the employee of the conversation; after a move their manager now follows the
 *        agreement too, without having taken part
 */
public record AgreementProgressed(Long agreementId, ConversationId conversation, EmployeeId owner, EmployeeId other,
		String status, String note, int step, EmployeeId employee) {
}
