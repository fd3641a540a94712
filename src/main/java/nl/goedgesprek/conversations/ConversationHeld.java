package nl.goedgesprek.conversations;

import java.time.Instant;

import nl.goedgesprek.people.EmployeeId;

/** A conversation was held and closed: its record now waits for both acknowledgements. */
public record ConversationHeld(ConversationId conversation, EmployeeId employee, EmployeeId manager, Instant closedAt) {
}
