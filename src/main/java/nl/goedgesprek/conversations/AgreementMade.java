package nl.goedgesprek.conversations;

import java.time.LocalDate;

import nl.goedgesprek.people.EmployeeId;

/** An agreement was made in a conversation; follow-up picks it up from here. */
public record AgreementMade(Long agreementId, ConversationId conversation, EmployeeId owner, LocalDate due) {
}
