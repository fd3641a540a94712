package nl.goedgesprek.conversations;

import java.time.LocalDate;

import nl.goedgesprek.people.EmployeeId;

/** An agreement as its participants may read it: whose it is, what it says, when it is due. */
public record AgreementFacts(long id, ConversationId conversation, EmployeeId employee, EmployeeId manager,
		String description, LocalDate due) {
}
