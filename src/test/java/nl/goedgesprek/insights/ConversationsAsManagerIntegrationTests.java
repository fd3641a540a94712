package nl.goedgesprek.insights;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
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

	private void heldWith(String... employees) {
		for (String employee : employees) {
			steps.held(demo.id(employee), demo.id("pieter.jansen"), ConversationSteps.EMPTY, id -> {
			});
		}
		facts.fillMissing();
	}

	@Test
	void theDemoManagerHasTooFewConversationsYet() throws Exception {
		mvc.perform(get("/me/as-manager").with(demo.as("pieter.jansen")))
			.andExpect(status().isOk()).andExpect(content().string(containsString(TOO_FEW)));
	}

	@Test
	void fourEmployeesAreTooFewFiveOverThreeMonthsShowTheDashboardsOwnFigures() throws Exception {
		heldWith("daan.smit", "anouk.mulder");
		assertThat(asManager.of(demo.id("pieter.jansen"), LocalDate.now()).enough()).as("Sanne, Lotte, Daan, Anouk").isFalse();

		heldWith("kevin.deboer");
		var view = asManager.of(demo.id("pieter.jansen"), LocalDate.now());
		assertThat(view.enough()).isTrue();
		var dashboard = dashboards.of(Scope.reportsOf(demo.id("pieter.jansen")), Period.monthsBack(12, LocalDate.now()));
		assertThat(view.voice()).isEqualTo(dashboard.voice());
		assertThat(view.followThrough()).isEqualTo(dashboard.followThrough());
		assertThat(view.suggestions()).isNotEmpty().hasSizeLessThanOrEqualTo(2);
		mvc.perform(get("/me/as-manager").with(demo.as("pieter.jansen")))
			.andExpect(content().string(not(containsString(TOO_FEW))))
			.andExpect(content().string(containsString("Voor je volgende gesprekken")));
	}

	@Test
	void fiveEmployeesAllThisMonthAreNotYetThreeMonths() {
		var ingrid = demo.id("ingrid.hoekstra");
		assertThat(asManager.of(ingrid, LocalDate.now()).enough()).isFalse();
	}

	@Test
	void nobodyElseSeesAManagersViewNotHrNotTheirOwnManager() throws Exception {
		heldWith("daan.smit", "anouk.mulder", "kevin.deboer");
		long pieter = demo.id("pieter.jansen").value();
		for (String other : new String[] { "fatima.elamrani", "marleen.visser", "jeroen.bos", "sanne.devries" }) {
			mvc.perform(get("/me/as-manager").param("manager", String.valueOf(pieter)).with(demo.as(other)))
				.andExpect(content().string(containsString(TOO_FEW)))
				.andExpect(content().string(not(containsString("Voor je volgende gesprekken"))));
		}
		mvc.perform(get("/me/as-manager/" + pieter).with(demo.as("marleen.visser"))).andExpect(status().isNotFound());
	}

}
