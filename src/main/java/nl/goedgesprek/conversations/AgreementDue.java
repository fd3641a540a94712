package nl.goedgesprek.conversations;

import java.time.LocalDate;

/**
 * An agreement that is not finished yet and has a due date: enough to remind its owner, without its
 * text.
 */
public record AgreementDue(long agreementId, ConversationId conversation, nl.goedgesprek.people.EmployeeId owner,
		LocalDate due) {
}
