package nl.goedgesprek.people;

/**
 * How often the good conversation should happen: a check-in every so many weeks, and the annual
 * conversation every so many months. Who goes longer without one is overdue.
 */
public record OrganisationRhythm(int checkInWeeks, int annualMonths) {

	public static final OrganisationRhythm DEFAULT = new OrganisationRhythm(6, 12);

}
