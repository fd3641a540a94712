package nl.goedgesprek.people;

import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.goedgesprek.people.AccessRules.Viewer;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules for colleagues' input, and the attempts to get around them by role or by reporting line. */
class FeedbackAccessRulesTests {

	private static final EmployeeId LEAD = new EmployeeId(2L);

	private static final EmployeeId SANNE = new EmployeeId(3L);

	private static final EmployeeId COLLEAGUE = new EmployeeId(5L);

	private static final EmployeeId DIRECTOR = new EmployeeId(1L);

	private static Viewer viewer(EmployeeId id, Role... roles) {
		return new Viewer(id, id.equals(DIRECTOR) ? null : id.equals(LEAD) ? DIRECTOR : LEAD, Set.of(roles));
	}

	@Test
	void eitherParticipantAsksNobodyElse() {
		assertThat(AccessRules.mayAskForFeedback(viewer(SANNE, Role.EMPLOYEE), SANNE, LEAD)).isTrue();
		assertThat(AccessRules.mayAskForFeedback(viewer(LEAD, Role.MANAGER), SANNE, LEAD)).isTrue();
		assertThat(AccessRules.mayAskForFeedback(viewer(DIRECTOR, Role.MANAGER, Role.ADMIN, Role.HR), SANNE, LEAD)).isFalse();
		assertThat(AccessRules.mayAskForFeedback(viewer(COLLEAGUE, Role.EMPLOYEE), SANNE, LEAD)).isFalse();
	}

	@Test
	void anActiveColleagueIsAskedNeverTheAskerNorTheOtherParticipant() {
		assertThat(AccessRules.mayBeAskedForFeedback(SANNE, LEAD, COLLEAGUE, true)).isTrue();
		assertThat(AccessRules.mayBeAskedForFeedback(SANNE, LEAD, COLLEAGUE, false)).isFalse();
		assertThat(AccessRules.mayBeAskedForFeedback(SANNE, LEAD, SANNE, true)).isFalse();
		assertThat(AccessRules.mayBeAskedForFeedback(SANNE, LEAD, LEAD, true)).isFalse();
	}

	@Test
	void aRequestIsTheAskersAloneNotTheirManagerHrOrAnAdministrator() {
		assertThat(AccessRules.mayReadFeedbackRequest(viewer(SANNE, Role.EMPLOYEE), SANNE)).isTrue();
		assertThat(AccessRules.mayReadFeedbackRequest(viewer(LEAD, Role.MANAGER), SANNE)).isFalse();
		assertThat(AccessRules.mayReadFeedbackRequest(viewer(DIRECTOR, Role.ADMIN, Role.HR), SANNE)).isFalse();
		assertThat(AccessRules.mayAnswerFeedback(viewer(COLLEAGUE, Role.EMPLOYEE), COLLEAGUE)).isTrue();
		assertThat(AccessRules.mayAnswerFeedback(viewer(SANNE, Role.EMPLOYEE), COLLEAGUE)).isFalse();
		assertThat(AccessRules.mayAnswerFeedback(viewer(DIRECTOR, Role.ADMIN, Role.HR), COLLEAGUE)).isFalse();
	}

	@Test
	void chosenAnswersGoWithThePreparationAndCountsOnlyToHr() {
		assertThat(AccessRules.maySeeIncludedFeedback(viewer(SANNE, Role.EMPLOYEE), SANNE, false)).isTrue();
		assertThat(AccessRules.maySeeIncludedFeedback(viewer(LEAD, Role.MANAGER), SANNE, false)).isFalse();
		assertThat(AccessRules.maySeeIncludedFeedback(viewer(LEAD, Role.MANAGER), SANNE, true)).isTrue();
		assertThat(AccessRules.maySeeFeedbackCounts(viewer(COLLEAGUE, Role.HR))).isTrue();
		assertThat(AccessRules.maySeeFeedbackCounts(viewer(DIRECTOR, Role.ADMIN))).isTrue();
		assertThat(AccessRules.maySeeFeedbackCounts(viewer(LEAD, Role.MANAGER))).isFalse();
	}

}
