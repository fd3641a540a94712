package nl.goedgesprek.conversations.internal;

import java.time.Instant;

import nl.goedgesprek.people.EmployeeId;

/** A text appended to a record after closing: the employee's view (zienswijze) or a correction. Never changed. */
public record RecordEntry(long id, EmployeeId authorId, String text, Instant at) {
}
