package nl.goedgesprek.conversations;

import java.time.LocalDateTime;

import nl.goedgesprek.people.EmployeeId;

/**
 * Process facts about one employee's conversations, for overviews: when the last one was held, when
 * the next is planned, how many of their agreements are open and how many of those are past due, and
 * the check-in rhythm the employee and their current manager chose, if they chose one.
 * Dates and counts only, never content.
 */
public record RhythmFacts(EmployeeId employee, LocalDateTime lastHeld, LocalDateTime nextPlanned, int openAgreements,
		int overdueAgreements, Integer pairCheckInWeeks) {

	/**
	 * Overdue when nothing is planned and the last conversation is longer ago than the rhythm allows:
	 * the pair's own rhythm if they set one, else the organisation's.
	 */
	public boolean overdue(LocalDateTime now, int organisationCheckInWeeks) {
		return nextPlanned == null
				&& (lastHeld == null || lastHeld.isBefore(now.minusWeeks(checkInWeeks(organisationCheckInWeeks))));
	}

	public int checkInWeeks(int organisationCheckInWeeks) {
		return pairCheckInWeeks != null ? pairCheckInWeeks : organisationCheckInWeeks;
	}

}
