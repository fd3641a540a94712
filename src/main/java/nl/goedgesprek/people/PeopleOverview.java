package nl.goedgesprek.people;

import java.time.LocalDate;

/**
 * Process facts about the organisation for HR and administrators: counts, never anyone's content.
 */
public record PeopleOverview(String organisationName, int activePeople, int activeTeams, int withoutConversationPartner,
		LocalDate worksCouncilConsentDate) {

	public boolean worksCouncilConsentRecorded() {
		return worksCouncilConsentDate != null;
	}

}
