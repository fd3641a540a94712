package nl.goedgesprek.insights;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import nl.goedgesprek.insights.internal.ConversationFacts;
import nl.goedgesprek.insights.internal.ConversationsAsManager;
import nl.goedgesprek.insights.internal.Dashboards;
import nl.goedgesprek.insights.internal.Period;
import nl.goedgesprek.insights.internal.Scope;
import nl.goedgesprek.support.ConversationSteps;
import nl.goedgesprek.support.DemoUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "Mijn gesprekken als leidinggevende": nothing until five different employees over three months,
 * then the manager dashboard's own guarded figures; always the signed-in person's own, so HR and the
 * manager's manager never see it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({ DemoUsers.class, ConversationSteps.class })
@Transactional
class ConversationsAsManagerIntegrationTests {

	static final String TOO_FEW = "Nog te weinig gesprekken om iets te laten zien";

	@Autowired
	ConversationSteps steps;

	@Autowired
	ConversationFacts facts;

	@Autowired
	ConversationsAsManager asManager;

	@Autowired
	Dashboards dashboards;

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoUsers demo;

	@Autowired
	JdbcTemplate jdbc;

	/** Check-ins held with {@code manager} today, or (moved back in SQL before the facts are written) on {@code day}. */
	private void heldWith(String manager, LocalDate day, String... employees) {
		for (String employee : employees) {
			var id = steps.held(demo.id(employee), demo.id(manager), ConversationSteps.EMPTY, c -> {
			});
			if (day != null) {
				jdbc.update("update conversation set scheduled_at = ?, started_at = ?, closed_at = ? where id = ?",
						day.atTime(10, 0), day.atTime(10, 0), day.atTime(10, 45), id.value());
			}
		}
		facts.fillMissing();
	}

	private void moveTo(String manager, String employee) {
		jdbc.update("update employee set manager_id = ? where id = ?", demo.id(manager).value(), demo.id(employee).value());
	}

	/**
	 * The demo's Pieter: Sanne's three check-ins and a round with his five other reports four months ago,
	 * in which the five answered the pulse; his employees bring fewer topics than he does.
	 */
	@Test
	void theDemoManagerSeesHisFiguresAndASuggestion() throws Exception {
		var view = asManager.of(demo.id("pieter.jansen"), LocalDate.now());
		assertThat(view.enough()).isTrue();
		assertThat(view.good().shown()).as("the round's month has five pulses").isTrue();
		assertThat(view.heard().shown()).isTrue();
		assertThat(view.voice().talkingPoints().employeeShare().shown()).isTrue();
		assertThat(view.voice().talkingPoints().employeeShare().value()).isLessThan(0.5);
		assertThat(view.followThrough().doneOnTime().shown()).isTrue();
		assertThat(view.suggestions()).startsWith("asManager.suggestion.fewerTopics").hasSizeLessThanOrEqualTo(2);
		mvc.perform(get("/me/as-manager").with(demo.as("pieter.jansen")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(TOO_FEW))))
			.andExpect(content().string(containsString("Voor je volgende gesprekken")))
			.andExpect(content().string(containsString("begin het gesprek met hun lijst")));
		mvc.perform(get("/me/as-manager").with(demo.as("ingrid.hoekstra")))
			.andExpect(content().string(containsString(TOO_FEW)));
	}

	/** Ruben held check-ins with Jeroen and Femke in the demo; two more four months ago make four employees. */
	@Test
	void fourEmployeesAreTooFewFiveOverThreeMonthsShowTheDashboardsOwnFigures() throws Exception {
		heldWith("ruben.peters", LocalDate.now().minusMonths(4), "youssef.amrani", "lisa.hendriks");
		assertThat(asManager.of(demo.id("ruben.peters"), LocalDate.now()).enough()).as("Jeroen, Femke, Youssef, Lisa")
			.isFalse();

		moveTo("ruben.peters", "mohammed.elidrissi");
		heldWith("ruben.peters", null, "mohammed.elidrissi");
		var view = asManager.of(demo.id("ruben.peters"), LocalDate.now());
		assertThat(view.enough()).isTrue();
		var dashboard = dashboards.of(Scope.reportsOf(demo.id("ruben.peters")), Period.monthsBack(12, LocalDate.now()));
		assertThat(view.voice()).isEqualTo(dashboard.voice());
		assertThat(view.followThrough()).isEqualTo(dashboard.followThrough());
		assertThat(view.suggestions()).isNotEmpty().hasSizeLessThanOrEqualTo(2);
		mvc.perform(get("/me/as-manager").with(demo.as("ruben.peters")))
			.andExpect(content().string(not(containsString(TOO_FEW))))
			.andExpect(content().string(containsString("Voor je volgende gesprekken")));
	}

	/** Ingrid's four reports had check-ins in the demo's last nine weeks; Kevin, moved to her, is the fifth. */
	@Test
	void fiveEmployeesWithinThreeMonthsAreNotYetEnough() {
		moveTo("ingrid.hoekstra", "kevin.deboer");
		heldWith("ingrid.hoekstra", null, "kevin.deboer");
		assertThat(asManager.of(demo.id("ingrid.hoekstra"), LocalDate.now()).enough()).isFalse();
		heldWith("ingrid.hoekstra", LocalDate.now().minusMonths(4), "bram.dekker");
		assertThat(asManager.of(demo.id("ingrid.hoekstra"), LocalDate.now()).enough()).as("once the first is 4 months back")
			.isTrue();
	}

	@Test
	void nobodyElseSeesAManagersViewNotHrNotTheirOwnManager() throws Exception {
		long pieter = demo.id("pieter.jansen").value();
		for (String other : new String[] { "fatima.elamrani", "marleen.visser", "jeroen.bos", "sanne.devries" }) {
			mvc.perform(get("/me/as-manager").param("manager", String.valueOf(pieter)).with(demo.as(other)))
				.andExpect(content().string(containsString(TOO_FEW)))
				.andExpect(content().string(not(containsString("Voor je volgende gesprekken"))));
		}
		mvc.perform(get("/me/as-manager/" + pieter).with(demo.as("marleen.visser"))).andExpect(status().isNotFound());
	}

}
