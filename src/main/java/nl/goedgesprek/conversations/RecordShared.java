package nl.goedgesprek.conversations;

import nl.goedgesprek.people.EmployeeId;

/** An employee shared the record of an earlier conversation with the manager they have now. */
public record RecordShared(ConversationId conversation, EmployeeId employee, EmployeeId manager) {
}
