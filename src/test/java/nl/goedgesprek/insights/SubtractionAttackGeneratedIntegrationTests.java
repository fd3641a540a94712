package nl.goedgesprek.insights;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import nl.goedgesprek.insights.internal.ConversationFacts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11, class 3, on a generated organisation with conversations every month, so that every kind
 * of figure is shown somewhere: teams of 9, 6 and 3 employees (each with a manager), and a team whose
 * people talk only twice a year, so that its 3-, 6- and 12-month figures are about different people,
 * and two people in the team of nine who report to the manager of the team of six.
 * Every view the pages and CSV downloads offer is combined ({@link SubtractionAttack}).
 */
@SpringBootTest(properties = "goedgesprek.demo.enabled=false")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@DirtiesContext
class SubtractionAttackGeneratedIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Autowired
	ConversationFacts facts;

	@Test
	void noCombinationOfViewsGivesAFigureAboutFewerThanFivePeople() throws Exception {
		LocalDate today = LocalDate.now(clock);
		var generator = new OrganisationGenerator(jdbc, 11);
		generator.generate(new int[] { 9, 6, 3 }, 6, 14, today, held -> {
		});
		generator.generate(new int[] { 8 }, 26, 14, today, held -> {
		});
		// Two people of the team of nine report to (and talk with) the manager of the team of six: the
		// team's page minus the page of its own manager's reports is about those two.
		long nine = teamOfSize(10);
		long six = teamOfSize(7);
		long managerOfSix = managerOf(six);
		for (long moved : jdbc.queryForList("select id from employee where manager_id = ? order by id fetch first 2 rows only",
				Long.class, managerOf(nine))) {
			jdbc.update("update employee set manager_id = ? where id = ?", managerOfSix, moved);
			jdbc.update("update conversation set manager_id = ? where employee_id = ?", managerOfSix, moved);
			jdbc.update("update agreement set manager_id = ? where employee_id = ?", managerOfSix, moved);
		}
		facts.fillMissing();
		var shown = new SubtractionAttack(mvc, jdbc, clock).collect();
		assertThat(shown).extracting(SubtractionAttack.Shown::kind)
			.as("every kind of figure is shown somewhere")
			.anyMatch(kind -> kind.startsWith("coverage"))
			.anyMatch(kind -> kind.startsWith("themes"))
			.anyMatch(kind -> kind.startsWith("voice"))
			.anyMatch(kind -> kind.startsWith("follow-through"))
			.anyMatch(kind -> kind.startsWith("pulse"))
			.anyMatch(kind -> kind.startsWith("statements"))
			.anyMatch(kind -> kind.startsWith("development"));
		assertThat(SubtractionAttack.leaks(shown)).isEmpty();
	}

	/** The team with this many people in the dashboards (employees with a manager, the manager included). */
	private long teamOfSize(int people) {
		return jdbc.queryForObject("select min(team_id) from (select team_id from employee where active = true"
				+ " and manager_id is not null and team_id is not null group by team_id having count(*) = ?) x", Long.class, people);
	}

	private long managerOf(long team) {
		return jdbc.queryForObject("select min(e.manager_id) from employee e join employee m on m.id = e.manager_id"
				+ " where e.team_id = ? and m.team_id = ?", Long.class, team, team);
	}

}
