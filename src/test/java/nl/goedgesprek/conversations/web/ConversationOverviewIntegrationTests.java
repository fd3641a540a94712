package nl.goedgesprek.conversations.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import nl.goedgesprek.support.ConversationSteps;
import nl.goedgesprek.support.DemoUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** HR's conversation overview at the size of a large organisation: names and dates, a page at a time. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({ DemoUsers.class, ConversationSteps.class })
@Transactional
class ConversationOverviewIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoUsers demo;

	/** With thousands behind (a first year without annual conversations), the list comes in pages, longest waiting first. */
	@Test
	void hrsOverdueListComesInPagesLongestWaitingFirst(@Autowired org.springframework.jdbc.core.JdbcTemplate jdbc)
			throws Exception {
		long manager = demo.id("pieter.jansen").value();
		for (int i = 0; i < 60; i++) {
			jdbc.update("insert into employee (version, name, email, manager_id, active) values (0, ?, ?, ?, true)",
					String.format("Wachtend %02d", i), "wachtend" + i + "@horizon.example", manager);
		}
		var result = mvc.perform(get("/admin/conversations").with(demo.as("fatima.elamrani"))).andExpect(status().isOk())
			.andReturn();
		@SuppressWarnings("unchecked")
		var overdue = (nl.goedgesprek.shared.Page<ConversationOverviewController.ShownRow>) result
			.getModelAndView().getModel().get("overdue");
		assertThat(overdue.total()).isGreaterThanOrEqualTo(60);
		assertThat(overdue.items()).hasSize(50);
		assertThat(overdue.items().get(0).lastHeld()).as("who never had a conversation comes first").isNull();
		var held = overdue.items().stream().map(row -> row.lastHeld()).filter(java.util.Objects::nonNull).toList();
		assertThat(held).isSorted();
		assertThat(result.getResponse().getContentAsString()).contains("Volgende", "1–50 van " + overdue.total());
		var last = mvc.perform(get("/admin/conversations").param("page", "99").with(demo.as("fatima.elamrani")))
			.andReturn().getResponse().getContentAsString();
		assertThat(last).contains("Vorige").doesNotContain("rel=\"next\"");
	}

	/** Filtered on a team (from the dashboard's team view), the page shows that team's people and conversations only. */
	@Test
	void hrNarrowsTheOverviewToOneTeam(@Autowired org.springframework.jdbc.core.JdbcTemplate jdbc) throws Exception {
		long team = jdbc.queryForObject("select team_id from employee where id = ?", Long.class, demo.id("daan.smit").value());
		jdbc.update("insert into team (version, name, active) values (0, 'Andere afdeling', true)");
		long otherTeam = jdbc.queryForObject("select id from team where name = 'Andere afdeling'", Long.class);
		long manager = demo.id("pieter.jansen").value();
		jdbc.update("insert into employee (version, name, email, manager_id, team_id, active) values (0, ?, ?, ?, ?, true)",
				"Wachtend in het team", "wachtend.team@horizon.example", manager, team);
		jdbc.update("insert into employee (version, name, email, manager_id, team_id, active) values (0, ?, ?, ?, ?, true)",
				"Wachtend elders", "wachtend.elders@horizon.example", manager, otherTeam);

		var result = mvc.perform(get("/admin/conversations").param("team", String.valueOf(team))
			.with(demo.as("fatima.elamrani"))).andExpect(status().isOk()).andReturn();
		@SuppressWarnings("unchecked")
		var overdue = (nl.goedgesprek.shared.Page<ConversationOverviewController.ShownRow>) result
			.getModelAndView().getModel().get("overdue");
		assertThat(overdue.items()).extracting(ConversationOverviewController.ShownRow::name).contains("Wachtend in het team")
			.doesNotContain("Wachtend elders");
		java.util.List<String> inTeam = jdbc.queryForList("select name from employee where team_id = ?", String.class, team);
		assertThat(overdue.items()).isNotEmpty().allMatch(row -> inTeam.contains(row.name()));
		java.util.List<String> managers = jdbc.queryForList("select name from employee where id = ?", String.class, manager);
		assertThat(overdue.items()).filteredOn(row -> row.name().equals("Wachtend in het team"))
			.extracting(ConversationOverviewController.ShownRow::managerName)
			.containsExactlyElementsOf(managers);
		@SuppressWarnings("unchecked")
		var latest = (java.util.List<nl.goedgesprek.conversations.ConversationSummary>) result.getModelAndView().getModel()
			.get("conversations");
		java.util.List<Long> members = jdbc.queryForList("select id from employee where team_id = ?", Long.class, team);
		assertThat(latest).isNotEmpty().allMatch(c -> members.contains(c.employeeId().value()));
		assertThat(result.getResponse().getContentAsString()).contains("<option value=\"" + team + "\" selected=\"selected\"",
				"Alle " + latest.size() + " gesprekken, het nieuwste eerst.");

		var everyone = mvc.perform(get("/admin/conversations").with(demo.as("fatima.elamrani"))).andReturn();
		@SuppressWarnings("unchecked")
		var all = (nl.goedgesprek.shared.Page<ConversationOverviewController.ShownRow>) everyone.getModelAndView()
			.getModel().get("overdue");
		assertThat(all.items()).extracting(ConversationOverviewController.ShownRow::name).contains("Wachtend in het team", "Wachtend elders");
	}

}
