package nl.goedgesprek.conversations;

import java.time.Instant;

import nl.goedgesprek.people.EmployeeId;

/** A participant who has not yet acknowledged ("voor gezien") the record of a closed conversation. */
public record RecordAwaiting(ConversationSummary conversation, EmployeeId participant, Instant closedAt) {
}
