package nl.goedgesprek.conversations;

import java.time.LocalDateTime;

import nl.goedgesprek.people.EmployeeId;

/**
 * A planned conversation moved to another moment.
 * @param revision grows with every change of the conversation, so calendars take the latest one
 */
public record ConversationRescheduled(ConversationId conversation, EmployeeId employee, EmployeeId manager,
		LocalDateTime scheduledAt, EmployeeId rescheduledBy, int revision) {
}
