package nl.goedgesprek.development.internal;

import java.time.LocalDate;

/**
 * A step under a development goal: how the employee learns (opleiding, meelopen, project, coaching,
 * anything else), what the employer contributes, by when, and how far it is.
 * @param agreementId the agreement from a conversation it came from, if any
 */
public record DevelopmentAction(long goalId, int key, Kind kind, String description, String employerTime,
		String employerBudget, LocalDate dueDate, Status status, Long agreementId, int version)
		implements java.io.Serializable { // a refused change comes back as a flash attribute, kept in the session in the database

	public enum Kind { COURSE, SHADOWING, PROJECT, COACHING, OTHER }

	public enum Status { PLANNED, IN_PROGRESS, DONE, STOPPED }

}
