package nl.goedgesprek.conversations.internal;

import java.time.Instant;

import nl.goedgesprek.people.EmployeeId;

/** One step in an agreement's life: the status it got, and the owner's short note about it. */
public record ProgressNote(Agreement.Status status, String text, EmployeeId writtenBy, Instant writtenAt) {
}
