package nl.goedgesprek.conversations;

import nl.goedgesprek.people.EmployeeId;

/** A conversation was cancelled; the other participant is told, with the reason. */
public record ConversationCancelled(ConversationId conversation, EmployeeId cancelledBy, EmployeeId other, String reason) {
}
