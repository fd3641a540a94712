package nl.goedgesprek.conversations;

import nl.goedgesprek.people.EmployeeId;

/**
 * A conversation was cancelled; the other participant is told, with the reason.
 * @param revision higher than that of any earlier invitation, so calendars drop the entry
 */
public record ConversationCancelled(ConversationId conversation, EmployeeId cancelledBy, EmployeeId other, String reason,
		int revision) {
}
