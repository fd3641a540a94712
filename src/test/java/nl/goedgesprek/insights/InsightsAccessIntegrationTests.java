package nl.goedgesprek.insights;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import nl.goedgesprek.support.ConversationSteps;
import nl.goedgesprek.support.DemoUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who sees which dashboard, and that small groups stay hidden on screen and in the CSV files, on the
 * demo organisation: its HR team has two people and Marleen manages four.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({ DemoUsers.class, ConversationSteps.class })
class InsightsAccessIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoUsers demo;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void hrAndAdminsSeeTheOrganisationManagersTheirTeamNobodyElse() throws Exception {
		mvc.perform(get("/insights").with(demo.as("fatima.elamrani"))).andExpect(status().isOk());
		mvc.perform(get("/insights").with(demo.as("jeroen.bos"))).andExpect(status().isOk());
		mvc.perform(get("/insights").with(demo.as("pieter.jansen"))).andExpect(status().isForbidden());
		mvc.perform(get("/insights").with(demo.as("sanne.devries"))).andExpect(status().isForbidden());
		mvc.perform(get("/insights/export/coverage.csv").with(demo.as("sanne.devries"))).andExpect(status().isForbidden());
		mvc.perform(get("/team/insights").with(demo.as("pieter.jansen"))).andExpect(status().isOk());
		mvc.perform(get("/team/insights").with(demo.as("sanne.devries"))).andExpect(status().isNotFound());
		mvc.perform(get("/team/insights/export/pulse.csv").with(demo.as("sanne.devries"))).andExpect(status().isNotFound());
		mvc.perform(get("/insights/export/nothing.csv").with(demo.as("fatima.elamrani"))).andExpect(status().isNotFound());
	}

	@Test
	void aSmallTeamShowsTooFewPeopleEverywhere() throws Exception {
		long hrTeam = jdbc.queryForObject("select id from team where name = 'HR & Organisatie'", Long.class);
		mvc.perform(get("/insights").param("team", String.valueOf(hrTeam)).with(demo.as("fatima.elamrani")))
			.andExpect(content().string(containsString("Deze groep is kleiner dan 5 mensen")))
			.andExpect(content().string(not(containsString("big-figure"))));
		for (String table : new String[] { "coverage", "themes", "voice", "follow-through", "pulse", "statements", "development" }) {
			String csv = mvc.perform(get("/insights/export/" + table + ".csv").param("team", String.valueOf(hrTeam))
					.with(demo.as("fatima.elamrani")))
				.andExpect(header().string("Content-Type", containsString("text/csv")))
				.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
			assertThat(csv).as(table).contains("te weinig mensen").doesNotContainPattern("\\d+%");
		}
		String coverage = mvc.perform(get("/insights/export/coverage.csv").with(demo.as("fatima.elamrani")))
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(coverage.lines().filter(line -> line.startsWith("\"HR & Organisatie\"")))
			.singleElement().asString().endsWith("\"te weinig mensen\"");
		mvc.perform(get("/team/insights").with(demo.as("marleen.visser")))
			.andExpect(content().string(containsString("Deze groep is kleiner dan 5 mensen")));
	}

	/** The full per-team tables behind "all teams": HR's and administrators' only, with the same five-people rule. */
	@Test
	void everyTeamsRowIsForHrOnlyAndKeepsTheThreshold() throws Exception {
		String page = mvc.perform(get("/insights/teams/coverage").with(demo.as("fatima.elamrani")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).contains("<html", "Terug naar het dashboard", "Klantcontact", "HR &amp; Organisatie");
		String fragment = mvc.perform(get("/insights/teams/themes").param("months", "6").header("HX-Request", "true")
				.with(demo.as("jeroen.bos")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(fragment).doesNotContain("<html").contains("heatmap", "te weinig mensen");
		mvc.perform(get("/insights/teams/coverage").with(demo.as("pieter.jansen"))).andExpect(status().isForbidden());
		mvc.perform(get("/insights/teams/voice").with(demo.as("fatima.elamrani"))).andExpect(status().isNotFound());
	}

	/** "Wie is aan de beurt" leads to the overdue list of what the dashboard shows: the organisation or the chosen team. */
	@Test
	void theOverdueListLinkKeepsTheChosenTeam() throws Exception {
		long team = jdbc.queryForObject("select id from team where name = 'Klantcontact'", Long.class);
		mvc.perform(get("/insights").with(demo.as("fatima.elamrani")))
			.andExpect(content().string(containsString("href=\"/admin/conversations\"")));
		mvc.perform(get("/insights").param("team", String.valueOf(team)).with(demo.as("fatima.elamrani")))
			.andExpect(content().string(containsString("href=\"/admin/conversations?team=" + team + "\"")));
	}

	/** The manager's "who needs attention" as CSV: their own reports only, names, dates and counts. */
	@Test
	void aManagersFollowUpListDownloadsAsCsv() throws Exception {
		String csv = mvc.perform(get("/team/insights/export/follow-up.csv").with(demo.as("pieter.jansen")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/csv")))
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		var lines = csv.lines().toList();
		assertThat(lines.get(0)).endsWith("\"Naam\";\"Laatste gesprek\";\"Achter op het ritme\";\"Open afspraken\";\"Afspraken over tijd\"");
		// Anouk's last check-in was in Pieter's round four months ago
		assertThat(lines).anyMatch(line -> line.startsWith("\"Anouk Mulder\";\"" + java.time.LocalDate.now().minusMonths(4)
			.withDayOfMonth(11) + "\";\"ja\";"))
			.noneMatch(line -> line.contains("Bram Dekker"))
			.noneMatch(line -> line.contains("Training klantgesprekken volgen"));
		mvc.perform(get("/team/insights/export/follow-up.csv").with(demo.as("sanne.devries"))).andExpect(status().isNotFound());
		mvc.perform(get("/insights/export/follow-up.csv").with(demo.as("fatima.elamrani"))).andExpect(status().isNotFound());
	}

	/**
	 * A chart without a line says why: months with answers from fewer than five people are not "no answers".
	 * Pieter's last three months: Sanne's check-ins and Lotte's (his round with five is four months back).
	 */
	@Test
	void aChartWithOnlySmallMonthsSaysSo() throws Exception {
		String page = mvc.perform(get("/team/insights").param("months", "3").with(demo.as("pieter.jansen")))
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).contains("Geen lijn: elke maand antwoordden minder dan 5 mensen.").doesNotContain("Nog geen antwoorden.");
	}

	@Test
	void aManagersViewListsWhoNeedsAttentionInTheirOwnTeamOnly() throws Exception {
		mvc.perform(get("/team/insights").with(demo.as("pieter.jansen")))
			.andExpect(content().string(containsString("Wie heeft aandacht nodig")))
			.andExpect(content().string(containsString("Anouk Mulder")))
			.andExpect(content().string(containsString("Sanne de Vries")))
			.andExpect(content().string(not(containsString("Bram Dekker"))))
			.andExpect(content().string(not(containsString("Training klantgesprekken volgen"))));
		mvc.perform(get("/insights").with(demo.as("fatima.elamrani")))
			.andExpect(content().string(not(containsString("Wie heeft aandacht nodig"))));
	}

	@Test
	void theDashboardHoldsNoConversationContent() throws Exception {
		String page = mvc.perform(get("/insights").with(demo.as("fatima.elamrani")))
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		var content = jdbc.queryForList("""
				select text from note union all select description from agreement
				union all select text from answer where text is not null union all select text from talking_point
				union all select appreciation from preparation where appreciation is not null""", String.class);
		assertThat(content).as("the demo has conversation content to look for").isNotEmpty();
		assertThat(content).noneMatch(page::contains);
	}

}
