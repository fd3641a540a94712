package nl.goedgesprek.development;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import nl.goedgesprek.conversations.ConversationId;
import nl.goedgesprek.conversations.Side;
import nl.goedgesprek.development.internal.Ambitions;
import nl.goedgesprek.development.internal.Appreciations;
import nl.goedgesprek.development.internal.ChosenCompetency;
import nl.goedgesprek.development.internal.Competencies;
import nl.goedgesprek.development.internal.DevelopmentAction;
import nl.goedgesprek.development.internal.DevelopmentPlans;
import nl.goedgesprek.development.internal.PlanActions;
import nl.goedgesprek.development.internal.Koers;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.shared.MessageRef;
import nl.goedgesprek.support.ConversationSteps;
import nl.goedgesprek.support.DemoUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Development belongs to the employee and is seen by their manager as they are now: every page and
 * step tried by the employee, the manager, the manager's manager, another team's manager, a colleague,
 * HR, and a new manager after a change. The demo seeds the koers, the catalogue and Sanne's plan.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({ DemoUsers.class, ConversationSteps.class })
@DirtiesContext
class DevelopmentAccessIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoUsers demo;

	@Autowired
	Ambitions ambitions;

	@Autowired
	Competencies competencies;

	@Autowired
	DevelopmentPlans plans;

	@Autowired
	PlanActions actions;

	@Autowired
	Appreciations appreciations;

	@Autowired
	Koers koers;

	@Autowired
	ConversationSteps steps;

	@Autowired
	JdbcClient jdbc;

	String page(String localPart) {
		return "/people/" + demo.id(localPart).value() + "/development";
	}

	@Test
	void onlyTheEmployeeAndTheirManagerSeeTheDevelopmentPage() throws Exception {
		mvc.perform(get(page("sanne.devries")).with(demo.as("sanne.devries")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Het klantportaal uitleggen aan klanten en collega")));
		mvc.perform(get(page("sanne.devries")).with(demo.as("pieter.jansen")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ontwikkeling van Sanne de Vries")));
		for (String outsider : List.of("marleen.visser", "ingrid.hoekstra", "lotte.bakker", "fatima.elamrani", "jeroen.bos")) {
			mvc.perform(get(page("sanne.devries")).with(demo.as(outsider))).andExpect(status().isNotFound());
		}
	}

	/**
	 * A goal can be worded again by its employee only; two tabs saving the same goal never overwrite
	 * each other silently, and the refused wording is kept.
	 */
	@Test
	void onlyTheEmployeeRewordsAGoalAndAStaleFormIsRefused() throws Exception {
		EmployeeId sanne = demo.id("sanne.devries");
		var goal = plans.of(sanne).get(0);
		String address = page("sanne.devries") + "/goals/" + goal.id();
		mvc.perform(post(address).with(demo.as("pieter.jansen")).with(csrf()).param("version", String.valueOf(goal.version()))
				.param("title", "Door de leidinggevende"))
			.andExpect(flash().attribute("problem", MessageRef.of("development.error.ownerOnly")));
		mvc.perform(post(address).with(demo.as("sanne.devries")).with(csrf()).param("version", String.valueOf(goal.version()))
				.param("title", "  "))
			.andExpect(flash().attribute("problem", MessageRef.of("development.goal.error.title")));
		mvc.perform(post(address).with(demo.as("sanne.devries")).with(csrf()).param("version", String.valueOf(goal.version()))
				.param("title", "Klanten zelf laten zoeken in het portaal"))
			.andExpect(flash().attribute("notice", "development.goal.renamed"))
			.andExpect(redirectedUrl(page("sanne.devries") + "#goal-" + goal.id()));
		var reworded = plans.of(sanne).get(0);
		assertThat(reworded.title()).isEqualTo("Klanten zelf laten zoeken in het portaal");
		assertThat(reworded.actions()).isEqualTo(goal.actions());
		// The other tab still has the old version.
		mvc.perform(post(address).with(demo.as("sanne.devries")).with(csrf()).param("version", String.valueOf(goal.version()))
				.param("title", "Uit het andere tabblad"))
			.andExpect(flash().attribute("problem", MessageRef.of("form.conflict.reload")))
			.andExpect(flash().attribute("typedTitle", "Uit het andere tabblad"));
		assertThat(plans.of(sanne).get(0).title()).isEqualTo("Klanten zelf laten zoeken in het portaal");
		// Someone else's goal, through one's own address.
		mvc.perform(post(page("daan.smit") + "/goals/" + goal.id()).with(demo.as("daan.smit")).with(csrf())
				.param("version", String.valueOf(reworded.version())).param("title", "Van Daan"))
			.andExpect(flash().attribute("problem", MessageRef.of("development.goal.error.notYours")));
		assertThat(plans.of(sanne).get(0).title()).isEqualTo("Klanten zelf laten zoeken in het portaal");
	}

	/**
	 * An action is changed or removed by the employee only, on its own page; a stale form is refused
	 * with what was typed kept, and removing what changed meanwhile is refused too.
	 */
	@Test
	void onlyTheEmployeeChangesOrRemovesAnActionAndNeverOverAChangeTheyDidNotSee() throws Exception {
		EmployeeId sanne = demo.id("sanne.devries");
		// An action of its own, so the demo's actions stay for the other tests of this class.
		var goal = plans.of(sanne).get(0);
		actions.addAction(sanne, goal.id(), DevelopmentAction.Kind.OTHER, "Tijdelijke actie", null, null, null, null);
		var action = plans.of(sanne).get(0).actions().stream().filter(a -> a.description().equals("Tijdelijke actie"))
			.findFirst().orElseThrow();
		String address = page("sanne.devries") + "/goals/" + goal.id() + "/actions/" + action.key();
		mvc.perform(get(address).with(demo.as("sanne.devries"))).andExpect(status().isOk())
			.andExpect(content().string(containsString(action.description())));
		mvc.perform(get(address).with(demo.as("pieter.jansen")))
			.andExpect(flash().attribute("problem", MessageRef.of("development.error.ownerOnly")));
		mvc.perform(get(page("sanne.devries") + "/goals/" + goal.id() + "/actions/99").with(demo.as("sanne.devries")))
			.andExpect(status().isNotFound());
		mvc.perform(post(address).with(demo.as("pieter.jansen")).with(csrf()).param("version", "0").param("kind", "COURSE")
				.param("description", "Door de leidinggevende"))
			.andExpect(flash().attribute("problem", MessageRef.of("development.error.ownerOnly")));

		mvc.perform(post(address).with(demo.as("sanne.devries")).with(csrf()).param("version", String.valueOf(action.version()))
				.param("kind", "COURSE").param("description", " ").param("employerTime", "een dag"))
			.andExpect(flash().attribute("problem", MessageRef.of("development.action.error.description")))
			.andExpect(redirectedUrl(address));
		mvc.perform(post(address).with(demo.as("sanne.devries")).with(csrf()).param("version", String.valueOf(action.version()))
				.param("kind", "COURSE").param("description", "Cursus portaalbeheer").param("employerTime", "twee dagen")
				.param("dueDate", "2027-03-01"))
			.andExpect(flash().attribute("notice", "development.action.changed"))
			.andExpect(redirectedUrl(page("sanne.devries") + "#goal-" + goal.id()));
		var changed = actions.action(sanne, goal.id(), action.key()).orElseThrow();
		assertThat(changed.description()).isEqualTo("Cursus portaalbeheer");
		assertThat(changed.employerTime()).isEqualTo("twee dagen");
		assertThat(changed.dueDate()).isEqualTo(java.time.LocalDate.of(2027, 3, 1));
		assertThat(changed.status()).isEqualTo(action.status());

		// A second tab, still on the old version: refused, and what it typed comes back on the page.
		mvc.perform(post(address).with(demo.as("sanne.devries")).with(csrf()).param("version", String.valueOf(action.version()))
				.param("kind", "OTHER").param("description", "Uit het andere tabblad"))
			.andExpect(flash().attribute("problem", MessageRef.of("form.conflict.reload")))
			.andExpect(redirectedUrl(address));
		mvc.perform(post(address + "/remove").with(demo.as("sanne.devries")).with(csrf())
				.param("version", String.valueOf(action.version())))
			.andExpect(flash().attribute("problem", MessageRef.of("form.conflict.reload")));
		assertThat(actions.action(sanne, goal.id(), action.key()).orElseThrow().description()).isEqualTo("Cursus portaalbeheer");

		mvc.perform(post(address + "/remove").with(demo.as("sanne.devries")).with(csrf())
				.param("version", String.valueOf(changed.version())))
			.andExpect(flash().attribute("notice", "development.action.removed"))
			.andExpect(redirectedUrl(page("sanne.devries") + "#goal-" + goal.id()));
		assertThat(actions.action(sanne, goal.id(), action.key())).isEmpty();
	}

	@Test
	void onlyTheEmployeeRemovesAGoalWithItsActionsAndNotAfterAChangeTheyDidNotSee() throws Exception {
		EmployeeId sanne = demo.id("sanne.devries");
		long goal = plans.addGoal(sanne, "Tijdelijk doel", null, null, null);
		actions.addAction(sanne, goal, DevelopmentAction.Kind.COURSE, "Tijdelijke cursus", null, null, null, null);
		String address = page("sanne.devries") + "/goals/" + goal + "/remove";
		mvc.perform(post(address).with(demo.as("pieter.jansen")).with(csrf()).param("version", "0"))
			.andExpect(flash().attribute("problem", MessageRef.of("development.error.ownerOnly")));
		mvc.perform(post(page("daan.smit") + "/goals/" + goal + "/remove").with(demo.as("daan.smit")).with(csrf())
				.param("version", "0"))
			.andExpect(flash().attribute("problem", MessageRef.of("development.goal.error.notYours")));
		plans.renameGoal(sanne, goal, 0, "Tijdelijk doel, anders gezegd");
		mvc.perform(post(address).with(demo.as("sanne.devries")).with(csrf()).param("version", "0"))
			.andExpect(flash().attribute("problem", MessageRef.of("form.conflict.reload")));
		assertThat(plans.of(sanne)).extracting(g -> g.id()).contains(goal);
		mvc.perform(post(address).with(demo.as("sanne.devries")).with(csrf()).param("version", "1"))
			.andExpect(flash().attribute("notice", "development.goal.removed"));
		assertThat(plans.of(sanne)).extracting(g -> g.id()).doesNotContain(goal);
		assertThat(plans.of(sanne).stream().flatMap(g -> g.actions().stream()))
			.noneMatch(a -> a.description().equals("Tijdelijke cursus"));
	}

	@Test
	void theManagerReadsButOnlyTheEmployeeDecides() throws Exception {
		EmployeeId daan = demo.id("daan.smit");
		long feedback = competency("Feedback geven en vragen");
		mvc.perform(post(page("daan.smit") + "/ambitions").with(demo.as("pieter.jansen")).with(csrf()).param("text", "Iets"))
			.andExpect(flash().attribute("problem", MessageRef.of("development.error.ownerOnly")))
			.andExpect(redirectedUrl(page("daan.smit")));
		mvc.perform(post(page("daan.smit") + "/goals").with(demo.as("pieter.jansen")).with(csrf()).param("title", "Iets"))
			.andExpect(flash().attribute("problem", MessageRef.of("development.error.ownerOnly")));
		mvc.perform(post(page("daan.smit") + "/competencies/suggest").with(demo.as("daan.smit")).with(csrf())
				.param("competencyId", String.valueOf(feedback)))
			.andExpect(flash().attribute("problem", MessageRef.of("development.error.managerOnly")));
		mvc.perform(post(page("daan.smit") + "/ambitions").with(demo.as("lotte.bakker")).with(csrf()).param("text", "Iets"))
			.andExpect(status().isNotFound());
		assertThat(ambitions.of(daan)).isEmpty();
		assertThat(plans.of(daan)).isEmpty();

		mvc.perform(post(page("daan.smit") + "/competencies/suggest").with(demo.as("pieter.jansen")).with(csrf())
				.param("competencyId", String.valueOf(feedback)))
			.andExpect(flash().attribute("notice", "development.competency.suggested"));
		assertThat(competencies.of(daan)).extracting(ChosenCompetency::status).containsExactly(ChosenCompetency.Status.SUGGESTED);
		mvc.perform(post(page("daan.smit") + "/competencies").with(demo.as("daan.smit")).with(csrf())
				.param("competencyId", String.valueOf(feedback)));
		assertThat(competencies.of(daan)).extracting(ChosenCompetency::status).containsExactly(ChosenCompetency.Status.CHOSEN);
	}

	@Test
	void rewordingAnAmbitionKeepsTheHistory() throws Exception {
		EmployeeId anouk = demo.id("anouk.mulder");
		mvc.perform(post(page("anouk.mulder") + "/ambitions").with(demo.as("anouk.mulder")).with(csrf())
				.param("text", "Kwaliteitscoördinator worden"));
		long first = ambitions.of(anouk).get(0).id();
		mvc.perform(post(page("anouk.mulder") + "/ambitions/" + first).with(demo.as("anouk.mulder")).with(csrf())
				.param("text", "Kwaliteitscoördinator worden voor twee teams"));
		mvc.perform(post(page("anouk.mulder") + "/ambitions").with(demo.as("anouk.mulder")).with(csrf()).param("text", " "))
			.andExpect(flash().attribute("problem", MessageRef.of("development.ambition.error.empty")));

		assertThat(ambitions.of(anouk)).extracting(a -> a.text(), a -> a.current())
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Kwaliteitscoördinator worden voor twee teams", true),
					org.assertj.core.groups.Tuple.tuple("Kwaliteitscoördinator worden", false));
		mvc.perform(post(page("anouk.mulder") + "/ambitions/" + first).with(demo.as("anouk.mulder")).with(csrf())
				.param("text", "Opnieuw de oude"))
			.andExpect(flash().attribute("problem", MessageRef.of("form.conflict.reload")));
	}

	@Test
	void hiddenAppreciationStaysWithTheEmployee() throws Exception {
		EmployeeId kevin = demo.id("kevin.deboer");
		mvc.perform(post("/appreciation").with(demo.as("bram.dekker")).with(csrf()).param("for", String.valueOf(kevin.value()))
				.param("text", "Je hielp me met een lastige klant"))
			.andExpect(flash().attribute("notice", "appreciation.given"));
		mvc.perform(post("/appreciation").with(demo.as("kevin.deboer")).with(csrf()).param("for", String.valueOf(kevin.value()))
				.param("text", "Goed gedaan, ik"))
			.andExpect(flash().attribute("problem", MessageRef.of("appreciation.error.self")));
		mvc.perform(post("/appreciation").with(demo.as("bram.dekker")).with(csrf()).param("for", String.valueOf(kevin.value()))
				.param("text", ""))
			.andExpect(flash().attribute("problem", MessageRef.of("appreciation.error.text")))
			.andExpect(flash().attribute("typedText", ""));
		long id = appreciations.received(kevin, Instant.EPOCH, false).get(0).id();

		mvc.perform(post(page("kevin.deboer") + "/appreciation/" + id + "/hide").with(demo.as("pieter.jansen")).with(csrf())
				.param("hidden", "true"))
			.andExpect(flash().attribute("problem", MessageRef.of("development.error.ownerOnly")));
		mvc.perform(post(page("kevin.deboer") + "/appreciation/" + id + "/hide").with(demo.as("kevin.deboer")).with(csrf())
				.param("hidden", "true"));

		mvc.perform(get(page("kevin.deboer")).with(demo.as("kevin.deboer")))
			.andExpect(content().string(containsString("Je hielp me met een lastige klant")));
		mvc.perform(get(page("kevin.deboer")).with(demo.as("pieter.jansen")))
			.andExpect(content().string(not(containsString("Je hielp me met een lastige klant"))));
	}

	@Test
	void panelsAreForTheTwoParticipantsOnly() throws Exception {
		ConversationId id = steps.plan(demo.id("pieter.jansen"), demo.id("sanne.devries"),
				LocalDate.now().plusDays(30).atTime(10, 0));
		String base = "/development/panels/" + id.value();
		mvc.perform(get(base + "/plan").with(demo.as("sanne.devries")))
			.andExpect(content().string(containsString("Training klantgesprekken")));
		mvc.perform(get(base + "/appreciation").with(demo.as("pieter.jansen")))
			.andExpect(content().string(containsString("geduldig uit hoe het portaal werkt")));
		mvc.perform(get(base + "/koers").with(demo.as("pieter.jansen")))
			.andExpect(content().string(containsString("Digitaal dichtbij")));
		for (String outsider : List.of("lotte.bakker", "fatima.elamrani", "marleen.visser")) {
			mvc.perform(get(base + "/plan").with(demo.as(outsider))).andExpect(status().isNotFound());
			mvc.perform(get(base + "/appreciation").with(demo.as(outsider))).andExpect(status().isNotFound());
		}
	}

	@Test
	void anAgreementBecomesAnActionOnceAndOnlyForItsEmployee() throws Exception {
		EmployeeId esra = demo.id("esra.kaya");
		ConversationId id = steps.plan(demo.id("ingrid.hoekstra"), esra, LocalDate.now().atTime(9, 0));
		steps.share(esra, id, ConversationSteps.EMPTY);
		steps.start(esra, id);
		steps.agree(demo.id("ingrid.hoekstra"), id, "Excel-cursus voor gevorderden", Side.EMPLOYEE,
				LocalDate.now().plusMonths(2), "ontwikkeling");
		long agreement = steps.agreementsOf(esra).get(0).rawId();

		mvc.perform(post("/development/from-agreement/" + agreement).with(demo.as("ingrid.hoekstra")).with(csrf()))
			.andExpect(flash().attribute("problem", MessageRef.of("development.fromAgreement.error.notYours")));
		mvc.perform(post("/development/from-agreement/" + agreement).with(demo.as("bram.dekker")).with(csrf()))
			.andExpect(flash().attribute("problem", MessageRef.of("development.fromAgreement.error.notYours")));
		mvc.perform(post("/development/from-agreement/" + agreement).with(demo.as("esra.kaya")).with(csrf()))
			.andExpect(flash().attribute("notice", "development.fromAgreement.done"));
		mvc.perform(post("/development/from-agreement/" + agreement).with(demo.as("esra.kaya")).with(csrf()))
			.andExpect(flash().attribute("problem", MessageRef.of("development.fromAgreement.error.already")));

		assertThat(plans.of(esra)).singleElement().satisfies(goal -> {
			assertThat(goal.title()).isEqualTo("Uit onze gesprekken");
			assertThat(goal.actions()).singleElement()
				.satisfies(action -> assertThat(action.description()).isEqualTo("Excel-cursus voor gevorderden"));
		});
	}

	@Test
	void aNewManagerSeesThePlanAndTheOldOneNoLonger() throws Exception {
		EmployeeId thijs = demo.id("thijs.vandijk");
		plans.addGoal(thijs, "Salarisadministratie leren", null, null, null);
		mvc.perform(get(page("thijs.vandijk")).with(demo.as("ingrid.hoekstra"))).andExpect(status().isOk());

		jdbc.sql("update employee set manager_id = :m where id = :e")
			.param("m", demo.id("ruben.peters").value())
			.param("e", thijs.value())
			.update();

		mvc.perform(get(page("thijs.vandijk")).with(demo.as("ruben.peters")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Salarisadministratie leren")));
		mvc.perform(get(page("thijs.vandijk")).with(demo.as("ingrid.hoekstra"))).andExpect(status().isNotFound());
	}

	@Test
	void onlyHrKeepsTheKoersAndTheCatalogue() throws Exception {
		mvc.perform(get("/koers").with(demo.as("sanne.devries"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Digitaal dichtbij")));
		mvc.perform(get("/admin/koers").with(demo.as("sanne.devries"))).andExpect(status().isForbidden());
		mvc.perform(post("/admin/koers/goals").with(demo.as("pieter.jansen")).with(csrf()).param("title", "Stiekem"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/admin/koers").with(demo.as("fatima.elamrani"))).andExpect(status().isOk());
		mvc.perform(post("/admin/koers/goals").with(demo.as("fatima.elamrani")).with(csrf()).param("title", " ")
				.param("explanation", "Uitleg die blijft"))
			.andExpect(flash().attribute("problem", MessageRef.of("koers.error.title")))
			.andExpect(flash().attribute("typedText", "Uitleg die blijft"));

		var goal = koers.active().get(0);
		mvc.perform(post("/admin/koers/goals/" + goal.id()).with(demo.as("fatima.elamrani")).with(csrf())
				.param("version", String.valueOf(goal.version())).param("title", "Digitaal dichtbij, herzien").param("active", "true"));
		mvc.perform(post("/admin/koers/goals/" + goal.id()).with(demo.as("fatima.elamrani")).with(csrf())
				.param("version", String.valueOf(goal.version())).param("title", "Een oude versie").param("active", "true"))
			.andExpect(flash().attribute("problem", MessageRef.of("form.conflict.reload")));
		assertThat(koers.find(goal.id()).orElseThrow().title()).isEqualTo("Digitaal dichtbij, herzien");
	}

	private long competency(String name) {
		return competencies.catalogue(true).stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().id();
	}

}
