package nl.goedgesprek.shell;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import nl.goedgesprek.insights.OrganisationGenerator;
import nl.goedgesprek.insights.internal.ConversationFacts;
import nl.goedgesprek.support.SignedInPeople;
import nl.goedgesprek.support.SqlCounter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 14: how many SQL statements each page may send, whatever the size of the data. Every page is
 * loaded in a small team (2 reports, half a year of conversations) and in a larger one (12 reports,
 * three years), for an organisation of one and of two teams: the counts must be the same, so no page
 * sends a statement per report, per conversation or per agreement, and each stays within its budget.
 * A page that goes over its budget fails here with its count, before anyone measures it slower.
 */
@SpringBootTest(properties = { "goedgesprek.demo.enabled=false", "goedgesprek.mail.schedule=false" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({ SqlCounter.Configuration.class, SignedInPeople.class })
@DirtiesContext
class SqlBudgetIntegrationTests {

	/** The most statements each page may send. Raise one only with a reason that does not grow with data. */
	static final Map<String, Integer> BUDGET = budget();

	private static Map<String, Integer> budget() {
		Map<String, Integer> budget = new LinkedHashMap<>();
		budget.put("home (employee)", 30);
		budget.put("home (manager)", 30);
		budget.put("home (HR)", 30);
		budget.put("conversation", 40);
		budget.put("record", 40);
		budget.put("team", 25);
		budget.put("agreements", 15);
		budget.put("development", 30);
		budget.put("timeline", 30);
		budget.put("HR dashboard", 60);
		budget.put("overdue list", 15);
		return budget;
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Autowired
	SqlCounter sql;

	@Autowired
	SignedInPeople people;

	@Autowired
	ConversationFacts facts;

	@Test
	void everyPageStaysWithinItsBudgetAndSendsAsManyStatementsForALargerTeam() throws Exception {
		LocalDate today = LocalDate.now(clock);
		var generator = new OrganisationGenerator(jdbc, 14);
		generator.generate(new int[] { 2 }, 6, 6, today, held -> {
		});
		facts.fillMissing();
		Map<String, Integer> small = countPages(teamWithReports(2));
		generator.generate(new int[] { 12 }, 6, 36, today, held -> {
		});
		facts.fillMissing();
		Map<String, Integer> large = countPages(teamWithReports(12));

		assertThat(large).as("statements per page with 12 reports and three years, against 2 reports and half a year")
			.isEqualTo(small);
		small.forEach((page, count) -> assertThat(count).as(page + ": statements (budget " + BUDGET.get(page) + ")")
			.isLessThanOrEqualTo(BUDGET.get(page)));
	}

	private Map<String, Integer> countPages(long manager) throws Exception {
		long employee = jdbc.queryForObject("select min(id) from employee where manager_id = ?", Long.class, manager);
		long conversation = jdbc.queryForObject(
				"select max(id) from conversation where employee_id = ? and status = 'COMPLETED'", Long.class, employee);
		long hr = jdbc.queryForObject("select min(id) from employee where manager_id is null", Long.class);
		jdbc.update("insert into employee_role (employee, role) select ?, 'HR' where not exists "
				+ "(select 1 from employee_role where employee = ? and role = 'HR')", hr, hr);
		Map<String, Integer> counts = new LinkedHashMap<>();
		counts.put("home (employee)", count("/", employee));
		counts.put("home (manager)", count("/", manager));
		counts.put("home (HR)", count("/", hr));
		counts.put("conversation", count("/conversations/" + conversation, manager));
		counts.put("record", count("/conversations/" + conversation + "/record", employee));
		counts.put("team", count("/team", manager));
		counts.put("agreements", count("/agreements", manager));
		counts.put("development", count("/people/" + employee + "/development", manager));
		counts.put("timeline", count("/people/" + employee + "/timeline", manager));
		counts.put("HR dashboard", count("/insights", hr));
		counts.put("overdue list", count("/admin/conversations", hr));
		return counts;
	}

	private int count(String page, long person) throws Exception {
		RequestPostProcessor who = people.as(person);
		mvc.perform(get(page).with(who)).andExpect(status().isOk()); // caches warm, as on a running server
		int count = sql.count(() -> mvc.perform(get(page).with(who)).andExpect(status().isOk()));
		// -Dsql.budget.show=/record (part of an address) prints what that page sends, to see where they go
		String show = System.getProperty("sql.budget.show");
		if (show != null && page.contains(show)) {
			System.out.println("Statements of " + page + " (" + count + "):\n  " + String.join("\n  ", sql.statements()));
		}
		return count;
	}

	private long teamWithReports(int reports) {
		return jdbc.queryForObject("select manager_id from employee where manager_id in (select id from employee where "
				+ "job_title = 'Leidinggevende') group by manager_id having count(*) = ?", Long.class, reports);
	}

}
