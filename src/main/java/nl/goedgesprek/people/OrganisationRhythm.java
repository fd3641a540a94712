package nl.goedgesprek.people;

/**
 * How often the good conversation should happen: a check-in every so many weeks, and the annual
 * conversation every so many months. Who goes longer without one is overdue. A required theme that
 * has not come up for {@code themeMonths} is put on the next agenda.
 */
public record OrganisationRhythm(int checkInWeeks, int annualMonths, int themeMonths) {

	public static final OrganisationRhythm DEFAULT = new OrganisationRhythm(6, 12, 6);

}
