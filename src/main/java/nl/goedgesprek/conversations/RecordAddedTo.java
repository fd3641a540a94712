package nl.goedgesprek.conversations;

import nl.goedgesprek.people.EmployeeId;

/**
 * One participant added to a closed record, which nobody can change afterwards: the employee's own
 * view ("zienswijze") or a correction. The other participant should know, so they can read it.
 * @param other the participant who did not write it
 */
public record RecordAddedTo(ConversationId conversation, EmployeeId author, EmployeeId other, Addition addition) {

	public enum Addition {

		/** The employee's own view of the record ("zienswijze"). */
		EMPLOYEE_VIEW,

		/** A correction, by either participant. */
		AMENDMENT

	}

}
