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
		int overdueAgreements, Integer pairCheckInWeeks, LocalDateTime lastAnnual, boolean annualPlanned) {

	public RhythmFacts(EmployeeId employee, LocalDateTime lastHeld, LocalDateTime nextPlanned, int openAgreements,
			int overdueAgreements, Integer pairCheckInWeeks) {
		this(employee, lastHeld, nextPlanned, openAgreements, overdueAgreements, pairCheckInWeeks, null, false);
	}

	/**
	 * The annual conversation is overdue when none is planned and the last one (or, for someone who
	 * never had one, the start of their employment) is longer ago than the organisation's interval. A
	 * start date that is not known counts as long ago.
	 */
	public boolean annualOverdue(LocalDateTime now, int annualMonths, java.time.LocalDate employedSince) {
		if (annualPlanned) {
			return false;
		}
		LocalDateTime since = lastAnnual != null ? lastAnnual
				: employedSince == null ? null : employedSince.atStartOfDay();
		return since == null || since.isBefore(now.minusMonths(annualMonths));
	}

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
