package nl.goedgesprek.development.internal;

import java.time.LocalDate;

/** A koersdoel: one of the organisation's goals for a period. */
public record OrganisationGoal(long id, int version, String title, String explanation, LocalDate periodStart,
		LocalDate periodEnd, boolean active) {
}
