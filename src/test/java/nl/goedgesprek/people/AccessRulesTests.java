package nl.goedgesprek.people;

import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.goedgesprek.people.AccessRules.Subject;
import nl.goedgesprek.people.AccessRules.Viewer;

import static org.assertj.core.api.Assertions.assertThat;

/** Each need-to-know rule about people, and the attempts to get around it. */
class AccessRulesTests {

	private static final EmployeeId DIRECTOR = new EmployeeId(1L);

	private static final EmployeeId LEAD = new EmployeeId(2L);

	private static final EmployeeId SANNE = new EmployeeId(3L);

	private static final EmployeeId OTHER_LEAD = new EmployeeId(4L);

	private static final EmployeeId COLLEAGUE = new EmployeeId(5L);

	private static final Subject SANNE_UNDER_LEAD = new Subject(SANNE, LEAD);

	private static final Set<EmployeeId> IN_LEADS_TEAM = Set.of(SANNE, COLLEAGUE);

	/** A viewer placed as in the organisation above: Sanne and her colleague report to the lead. */
	private static Viewer viewer(EmployeeId id, Role... roles) {
		EmployeeId manager = IN_LEADS_TEAM.contains(id) ? LEAD : id.equals(DIRECTOR) ? null : DIRECTOR;
		return new Viewer(id, manager, Set.of(roles));
	}

	@Test
	void onlyHrAndAdministratorsSendInvitationsNotManagersNorEmployees() {
		assertThat(AccessRules.mayInvite(viewer(COLLEAGUE, Role.EMPLOYEE, Role.HR))).isTrue();
		assertThat(AccessRules.mayInvite(viewer(DIRECTOR, Role.EMPLOYEE, Role.ADMIN))).isTrue();
		assertThat(AccessRules.mayInvite(viewer(LEAD, Role.EMPLOYEE, Role.MANAGER))).isFalse();
		assertThat(AccessRules.mayInvite(viewer(SANNE, Role.EMPLOYEE))).isFalse();
	}

	@Test
	void onlyAnAdministratorErasesAndNeverThemselvesNorByBeingHrOrTheManager() {
		assertThat(AccessRules.mayErase(viewer(DIRECTOR, Role.EMPLOYEE, Role.ADMIN), SANNE)).isTrue();
		assertThat(AccessRules.mayErase(viewer(DIRECTOR, Role.EMPLOYEE, Role.ADMIN), DIRECTOR)).isFalse();
		assertThat(AccessRules.mayErase(viewer(COLLEAGUE, Role.EMPLOYEE, Role.HR), SANNE)).isFalse();
		assertThat(AccessRules.mayErase(viewer(LEAD, Role.EMPLOYEE, Role.MANAGER), SANNE)).isFalse();
		assertThat(AccessRules.mayErase(viewer(SANNE, Role.EMPLOYEE), SANNE)).isFalse();
	}

	@Test
	void hrSeesRetentionButOnlyAdministratorsManageIt() {
		assertThat(AccessRules.maySeeRetention(viewer(COLLEAGUE, Role.EMPLOYEE, Role.HR))).isTrue();
		assertThat(AccessRules.mayManageRetention(viewer(COLLEAGUE, Role.EMPLOYEE, Role.HR))).isFalse();
		assertThat(AccessRules.mayManageRetention(viewer(DIRECTOR, Role.EMPLOYEE, Role.ADMIN))).isTrue();
		assertThat(AccessRules.maySeeRetention(viewer(LEAD, Role.EMPLOYEE, Role.MANAGER))).isFalse();
		assertThat(AccessRules.maySeeRetention(viewer(SANNE, Role.EMPLOYEE))).isFalse();
	}

	@Test
	void youSeeYourself() {
		assertThat(AccessRules.maySeeProfile(viewer(SANNE, Role.EMPLOYEE), SANNE_UNDER_LEAD)).isTrue();
	}

	@Test
	void yourOwnManagerSeesYou() {
		assertThat(AccessRules.maySeeProfile(viewer(LEAD, Role.EMPLOYEE, Role.MANAGER), SANNE_UNDER_LEAD)).isTrue();
	}

	@Test
	void aManagerOfAnotherTeamDoesNotSeeYou() {
		assertThat(AccessRules.maySeeProfile(viewer(OTHER_LEAD, Role.EMPLOYEE, Role.MANAGER), SANNE_UNDER_LEAD))
			.isFalse();
	}

	@Test
	void yourManagersManagerDoesNotSeeYouByVirtueOfRank() {
		assertThat(AccessRules.maySeeProfile(viewer(DIRECTOR, Role.EMPLOYEE, Role.MANAGER), SANNE_UNDER_LEAD))
			.isFalse();
	}

	@Test
	void youSeeYourOwnManager() {
		assertThat(AccessRules.maySeeProfile(viewer(SANNE, Role.EMPLOYEE), new Subject(LEAD, DIRECTOR))).isTrue();
	}

	@Test
	void youDoNotSeeAnotherTeamsManager() {
		assertThat(AccessRules.maySeeProfile(viewer(SANNE, Role.EMPLOYEE), new Subject(OTHER_LEAD, DIRECTOR)))
			.isFalse();
	}

	@Test
	void aColleagueDoesNotSeeYou() {
		assertThat(AccessRules.maySeeProfile(viewer(COLLEAGUE, Role.EMPLOYEE), SANNE_UNDER_LEAD)).isFalse();
	}

	@Test
	void hrAndAdministratorsSeeProfilesToKeepThePeopleRecords() {
		assertThat(AccessRules.maySeeProfile(viewer(COLLEAGUE, Role.EMPLOYEE, Role.HR), SANNE_UNDER_LEAD)).isTrue();
		assertThat(AccessRules.maySeeProfile(viewer(COLLEAGUE, Role.EMPLOYEE, Role.ADMIN), SANNE_UNDER_LEAD)).isTrue();
	}

	@Test
	void onlyHrAndAdministratorsManagePeople() {
		assertThat(AccessRules.mayManagePeople(viewer(LEAD, Role.EMPLOYEE, Role.MANAGER))).isFalse();
		assertThat(AccessRules.mayManagePeople(viewer(SANNE, Role.EMPLOYEE))).isFalse();
		assertThat(AccessRules.mayManagePeople(viewer(COLLEAGUE, Role.EMPLOYEE, Role.HR))).isTrue();
		assertThat(AccessRules.mayManagePeople(viewer(COLLEAGUE, Role.EMPLOYEE, Role.ADMIN))).isTrue();
	}

	@Test
	void onlyAdministratorsManageTheOrganisation() {
		assertThat(AccessRules.mayManageOrganisation(viewer(COLLEAGUE, Role.EMPLOYEE, Role.HR))).isFalse();
		assertThat(AccessRules.mayManageOrganisation(viewer(COLLEAGUE, Role.EMPLOYEE, Role.ADMIN))).isTrue();
	}

	@Test
	void conversationContentIsForItsTwoParticipantsOnly() {
		assertThat(AccessRules.maySeeConversationContent(viewer(SANNE, Role.EMPLOYEE), SANNE, LEAD)).isTrue();
		assertThat(AccessRules.maySeeConversationContent(viewer(LEAD, Role.MANAGER), SANNE, LEAD)).isTrue();
		assertThat(AccessRules.maySeeConversationContent(viewer(DIRECTOR, Role.MANAGER), SANNE, LEAD)).isFalse();
		assertThat(AccessRules.maySeeConversationContent(viewer(COLLEAGUE, Role.HR), SANNE, LEAD)).isFalse();
		assertThat(AccessRules.maySeeConversationContent(viewer(COLLEAGUE, Role.ADMIN, Role.HR), SANNE, LEAD))
			.isFalse();
	}

	@Test
	void aSharedRecordIsForTheEmployeesManagerNowAndOnlyOnceShared() {
		assertThat(AccessRules.maySeeSharedRecord(viewer(LEAD, Role.MANAGER), SANNE_UNDER_LEAD, true)).isTrue();
		assertThat(AccessRules.maySeeSharedRecord(viewer(LEAD, Role.MANAGER), SANNE_UNDER_LEAD, false))
			.as("not before the employee shares it").isFalse();
		assertThat(AccessRules.maySeeSharedRecord(viewer(OTHER_LEAD, Role.MANAGER), SANNE_UNDER_LEAD, true))
			.as("shared once with a manager who is no longer hers").isFalse();
		assertThat(AccessRules.maySeeSharedRecord(viewer(DIRECTOR, Role.MANAGER, Role.HR, Role.ADMIN), SANNE_UNDER_LEAD, true))
			.isFalse();
	}

	// Roles (issue 11): an HR adviser made herself administrator with POST /admin/people/{own id}/edit.

	@Test
	void hrCannotMakeHerselfAdministrator() {
		assertThat(AccessRules.mayChangeRole(viewer(COLLEAGUE, Role.HR), COLLEAGUE, Role.ADMIN)).isFalse();
	}

	@Test
	void nobodyChangesTheirOwnRolesNotEvenAnAdministrator() {
		Viewer admin = viewer(DIRECTOR, Role.HR, Role.ADMIN);
		assertThat(AccessRules.mayChangeRole(admin, DIRECTOR, Role.ADMIN)).isFalse();
		assertThat(AccessRules.mayChangeRole(admin, DIRECTOR, Role.HR)).isFalse();
		assertThat(AccessRules.mayChangeRole(viewer(COLLEAGUE, Role.HR), COLLEAGUE, Role.HR)).isFalse();
	}

	@Test
	void onlyAnAdministratorGivesOrTakesTheAdministratorRole() {
		assertThat(AccessRules.mayChangeRole(viewer(DIRECTOR, Role.ADMIN), SANNE, Role.ADMIN)).isTrue();
		assertThat(AccessRules.mayChangeRole(viewer(COLLEAGUE, Role.HR), SANNE, Role.ADMIN)).isFalse();
		assertThat(AccessRules.mayChangeRole(viewer(COLLEAGUE, Role.HR), null, Role.ADMIN)).as("a new person").isFalse();
	}

	@Test
	void hrAndAdministratorsGiveOrTakeTheHrRoleOfOthers() {
		assertThat(AccessRules.mayChangeRole(viewer(COLLEAGUE, Role.HR), SANNE, Role.HR)).isTrue();
		assertThat(AccessRules.mayChangeRole(viewer(DIRECTOR, Role.ADMIN), SANNE, Role.HR)).isTrue();
		assertThat(AccessRules.mayChangeRole(viewer(COLLEAGUE, Role.HR), null, Role.HR)).isTrue();
	}

	@Test
	void managersAndEmployeesChangeNoRoles() {
		for (Role role : Role.values()) {
			assertThat(AccessRules.mayChangeRole(viewer(LEAD, Role.EMPLOYEE, Role.MANAGER), SANNE, role)).isFalse();
			assertThat(AccessRules.mayChangeRole(viewer(SANNE, Role.EMPLOYEE), COLLEAGUE, role)).isFalse();
		}
	}

	@Test
	void rolesThatFollowFromFactsAreNotGrantedByHand() {
		assertThat(AccessRules.mayChangeRole(viewer(DIRECTOR, Role.ADMIN), SANNE, Role.MANAGER)).isFalse();
		assertThat(AccessRules.mayChangeRole(viewer(DIRECTOR, Role.ADMIN), SANNE, Role.EMPLOYEE)).isFalse();
	}

	@Test
	void theLastAdministratorStays() {
		assertThat(AccessRules.mayStopBeingAdministrator(0)).isFalse();
		assertThat(AccessRules.mayStopBeingAdministrator(1)).isTrue();
	}

	@Test
	void nobodyDeactivatesThemselves() {
		assertThat(AccessRules.mayChangeActive(viewer(COLLEAGUE, Role.HR), COLLEAGUE)).isFalse();
		assertThat(AccessRules.mayChangeActive(viewer(COLLEAGUE, Role.HR), SANNE)).isTrue();
		assertThat(AccessRules.mayChangeActive(viewer(LEAD, Role.MANAGER), SANNE)).isFalse();
	}

	@Test
	void aYearStoryIsTheEmployeesAndItsManagersWhileTheyStillAre() {
		assertThat(AccessRules.maySeeYearStory(viewer(SANNE, Role.EMPLOYEE), SANNE_UNDER_LEAD, LEAD)).isTrue();
		assertThat(AccessRules.maySeeYearStory(viewer(LEAD, Role.MANAGER), SANNE_UNDER_LEAD, LEAD)).isTrue();
		assertThat(AccessRules.maySeeYearStory(viewer(LEAD, Role.MANAGER), new Subject(SANNE, OTHER_LEAD), LEAD))
			.as("after Sanne moved on").isFalse();
		assertThat(AccessRules.maySeeYearStory(viewer(OTHER_LEAD, Role.MANAGER), new Subject(SANNE, OTHER_LEAD), LEAD))
			.as("the new manager, who did not write it").isFalse();
		assertThat(AccessRules.maySeeYearStory(viewer(COLLEAGUE, Role.HR, Role.ADMIN), SANNE_UNDER_LEAD, LEAD)).isFalse();
	}

	@Test
	void onlyTheEmployeeSharesAnEarlierRecordAndDecidesTheirDevelopment() {
		assertThat(AccessRules.mayShareEarlierRecord(viewer(SANNE, Role.EMPLOYEE), SANNE)).isTrue();
		assertThat(AccessRules.mayShareEarlierRecord(viewer(LEAD, Role.MANAGER), SANNE)).isFalse();
		assertThat(AccessRules.mayDecideDevelopment(viewer(SANNE, Role.EMPLOYEE), SANNE_UNDER_LEAD)).isTrue();
		assertThat(AccessRules.mayDecideDevelopment(viewer(LEAD, Role.MANAGER), SANNE_UNDER_LEAD)).isFalse();
		assertThat(AccessRules.mayDecideDevelopment(viewer(COLLEAGUE, Role.HR), SANNE_UNDER_LEAD)).isFalse();
	}

	@Test
	void onlyTheManagerAsTheyAreNowSuggests() {
		assertThat(AccessRules.maySuggestDevelopment(viewer(LEAD, Role.MANAGER), SANNE_UNDER_LEAD)).isTrue();
		assertThat(AccessRules.maySuggestDevelopment(viewer(DIRECTOR, Role.MANAGER), SANNE_UNDER_LEAD)).isFalse();
		assertThat(AccessRules.maySuggestDevelopment(viewer(SANNE, Role.EMPLOYEE), SANNE_UNDER_LEAD)).isFalse();
	}

	@Test
	void theOrganisationsDashboardsAreForHrAndAdministratorsAndATeamForWhoeverLeadsOne() {
		assertThat(AccessRules.maySeeOrganisationInsights(viewer(COLLEAGUE, Role.HR))).isTrue();
		assertThat(AccessRules.maySeeOrganisationInsights(viewer(COLLEAGUE, Role.ADMIN))).isTrue();
		assertThat(AccessRules.maySeeOrganisationInsights(viewer(DIRECTOR, Role.MANAGER))).isFalse();
		assertThat(AccessRules.mayLeadATeam(viewer(LEAD, Role.EMPLOYEE, Role.MANAGER))).isTrue();
		assertThat(AccessRules.mayLeadATeam(viewer(COLLEAGUE, Role.HR))).isFalse();
	}

	@Test
	void withSingleSignOnOnlyOnlyTheBreakGlassAdministratorUsesAPassword() {
		assertThat(AccessRules.maySignInWithPassword(true, false, false)).isTrue();
		assertThat(AccessRules.maySignInWithPassword(false, false, false)).isFalse();
		assertThat(AccessRules.maySignInWithPassword(false, false, true)).as("another administrator").isFalse();
		assertThat(AccessRules.maySignInWithPassword(false, true, false)).as("named, but no longer an administrator")
			.isFalse();
		assertThat(AccessRules.maySignInWithPassword(false, true, true)).isTrue();
	}


	@Test
	void theRunningAgendaIsThePairsAsItIsNowNobodyElses() {
		assertThat(AccessRules.mayUseRunningAgenda(viewer(SANNE, Role.EMPLOYEE), SANNE_UNDER_LEAD, LEAD)).isTrue();
		assertThat(AccessRules.mayUseRunningAgenda(viewer(LEAD, Role.EMPLOYEE, Role.MANAGER), SANNE_UNDER_LEAD, LEAD)).isTrue();
		assertThat(AccessRules.mayUseRunningAgenda(viewer(SANNE, Role.EMPLOYEE), SANNE_UNDER_LEAD, OTHER_LEAD))
			.as("a pair that is no more, after a move").isFalse();
		assertThat(AccessRules.mayUseRunningAgenda(viewer(OTHER_LEAD, Role.EMPLOYEE, Role.MANAGER), SANNE_UNDER_LEAD, OTHER_LEAD))
			.as("the earlier manager").isFalse();
		assertThat(AccessRules.mayUseRunningAgenda(viewer(COLLEAGUE, Role.EMPLOYEE, Role.HR), SANNE_UNDER_LEAD, LEAD)).isFalse();
		assertThat(AccessRules.mayUseRunningAgenda(viewer(DIRECTOR, Role.EMPLOYEE, Role.ADMIN), SANNE_UNDER_LEAD, LEAD)).isFalse();
	}

	@Test
	void privateNotesAndTheManagersOwnViewAreTheirAuthorsOnly() {
		assertThat(AccessRules.mayReadPrivateNote(viewer(LEAD, Role.EMPLOYEE, Role.MANAGER), LEAD)).isTrue();
		assertThat(AccessRules.mayReadPrivateNote(viewer(SANNE, Role.EMPLOYEE), LEAD)).isFalse();
		assertThat(AccessRules.mayReadPrivateNote(viewer(COLLEAGUE, Role.EMPLOYEE, Role.HR), LEAD)).isFalse();
		assertThat(AccessRules.mayReadPrivateNote(viewer(DIRECTOR, Role.EMPLOYEE, Role.ADMIN, Role.MANAGER), LEAD)).isFalse();
		assertThat(AccessRules.maySeeOwnConversationsAsManager(viewer(LEAD, Role.EMPLOYEE, Role.MANAGER), LEAD)).isTrue();
		assertThat(AccessRules.maySeeOwnConversationsAsManager(viewer(DIRECTOR, Role.EMPLOYEE, Role.MANAGER), LEAD))
			.as("their own manager").isFalse();
		assertThat(AccessRules.maySeeOwnConversationsAsManager(viewer(COLLEAGUE, Role.EMPLOYEE, Role.HR), LEAD)).isFalse();
	}

}
