package nl.goedgesprek.conversations;

import java.time.LocalDateTime;

import nl.goedgesprek.cards.ConversationKind;
import nl.goedgesprek.people.EmployeeId;

/** A conversation was planned, by either participant. */
public record ConversationPlanned(ConversationId conversation, EmployeeId employee, EmployeeId manager,
		ConversationKind kind, LocalDateTime scheduledAt, EmployeeId plannedBy) {
}
