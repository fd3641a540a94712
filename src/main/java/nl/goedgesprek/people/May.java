package nl.goedgesprek.people;

/**
 * What the signed-in person may do in the application as a whole, for templates and navigation
 * ({@code may.managePeople()}): each answer is an {@link AccessRules} decision, so a template never
 * checks a role itself. Decisions about one person's or one conversation's data are asked of
 * {@link PeopleAccess} with that subject.
 */
public record May(boolean managePeople, boolean manageCards, boolean manageOrganisation, boolean seeInsights,
		boolean manageDevelopmentCatalogues, boolean leadATeam, boolean readAuditTrail,
		boolean manageRetention, boolean seeRetention) {

	/** Someone who may do nothing beyond their own work (not signed in, or deactivated). */
	public static final May NOTHING = new May(false, false, false, false, false, false, false, false, false);

}
