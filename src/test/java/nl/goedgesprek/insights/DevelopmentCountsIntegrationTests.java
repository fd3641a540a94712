package nl.goedgesprek.insights;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

import nl.goedgesprek.insights.internal.DevelopmentWishes;
import nl.goedgesprek.insights.internal.Figure;
import nl.goedgesprek.insights.internal.Scope;
import nl.goedgesprek.people.TeamId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The development counts cannot be subtracted down to fewer than five people: the organisation's
 * count minus what the team dashboards show is the count of everyone else, so the organisation's
 * count is hidden while that rest is one to four people. On the demo organisation, where Klantcontact
 * has seven people and HR two.
 */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
class DevelopmentCountsIntegrationTests {

	@Autowired
	DevelopmentWishes wishes;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theOrganisationsCountHidesARestOfFewerThanFive() {
		jdbc.update("insert into competency (version, name, active) values (0, 'Differentiëren', true)");
		long competency = jdbc.queryForObject("select id from competency where name = 'Differentiëren'", Long.class);
		choose(competency, members("Klantcontact").subList(0, 6));
		choose(competency, members("HR & Organisatie").subList(0, 1));

		assertThat(count(wishes.competencies(Scope.team(team("Klantcontact"))))).as("the team shows its six")
			.isEqualTo(6.0);
		assertThat(figure(wishes.competencies(Scope.organisation())).shown())
			.as("7 minus Klantcontact's 6 would point at the one person in HR")
			.isFalse();

		choose(competency, members("Financiën").subList(0, 2));
		choose(competency, members("ICT").subList(0, 2));
		assertThat(count(wishes.competencies(Scope.organisation()))).as("the rest is five people now").isEqualTo(11.0);
	}

	@Test
	void theKoersCountsFollowTheSameRule() {
		long goal = jdbc.queryForObject("select min(id) from organisation_goal where active = true", Long.class);
		String title = jdbc.queryForObject("select title from organisation_goal where id = ?", String.class, goal);
		jdbc.update("delete from development_action");
		jdbc.update("delete from development_goal");
		List<Long> klantcontact = members("Klantcontact");
		for (long person : klantcontact.subList(0, 5)) {
			addGoal(person, goal);
		}
		addGoal(members("ICT").get(0), goal);
		var organisation = wishes.koers(Scope.organisation()).stream().filter(c -> c.name().equals(title)).findFirst().orElseThrow();
		assertThat(organisation.people().shown()).as("6 minus Klantcontact's 5 would point at one person in ICT").isFalse();
	}

	private void addGoal(long person, long organisationGoal) {
		jdbc.update("insert into development_goal (version, employee_id, title, organisation_goal_id, created_at) "
				+ "values (0, ?, 'Een doel', ?, current_timestamp)", person, organisationGoal);
	}

	private void choose(long competency, List<Long> people) {
		for (long person : people) {
			jdbc.update("insert into chosen_competency (employee_id, competency_id, status, updated_at) "
					+ "values (?, ?, 'CHOSEN', current_timestamp)", person, competency);
		}
	}

	private List<Long> members(String team) {
		return jdbc.queryForList("select e.id from employee e join team t on t.id = e.team_id where t.name = ? "
				+ "and e.active = true and e.manager_id is not null order by e.id", Long.class, team);
	}

	private TeamId team(String name) {
		return TeamId.of(jdbc.queryForObject("select id from team where name = ?", Long.class, name));
	}

	private static Figure figure(List<DevelopmentWishes.Count> counts) {
		return counts.stream().filter(c -> c.name().equals("Differentiëren")).findFirst().orElseThrow().people();
	}

	private static Double count(List<DevelopmentWishes.Count> counts) {
		return figure(counts).visible();
	}

}
