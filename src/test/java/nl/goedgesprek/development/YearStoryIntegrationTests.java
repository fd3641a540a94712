package nl.goedgesprek.development;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import nl.goedgesprek.development.internal.Appreciations;
import nl.goedgesprek.development.internal.YearStories;
import nl.goedgesprek.development.internal.YearStory;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.shared.MessageRef;
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
 * The year story on the demo data (Sanne and Pieter held three check-ins this year): compiled from the
 * pair's own history, with no score anywhere; reflections never overwrite each other; signing works as
 * for a record; and nobody outside the pair, nor a new manager, can read it. Also the timeline.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(DemoUsers.class)
@DirtiesContext
class YearStoryIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoUsers demo;

	@Autowired
	YearStories stories;

	@Autowired
	Appreciations appreciations;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aYearStoryIsCompiledReflectedOnAndSignedByBoth() throws Exception {
		EmployeeId sanne = demo.id("sanne.devries");
		EmployeeId pieter = demo.id("pieter.jansen");
		appreciations.give(demo.id("daan.smit"), sanne, "Dank voor je hulp bij de overdracht", null, null, null);
		long hidden = appreciations.received(sanne, Instant.EPOCH, false).get(0).id();
		appreciations.hideFromManager(sanne, hidden, true);

		int year = LocalDate.now().minusWeeks(6).getYear(); // the demo's latest check-in of the pair
		String location = mvc.perform(post("/people/" + sanne.value() + "/year-stories").with(demo.as("pieter.jansen"))
				.with(csrf()).param("year", String.valueOf(year)))
			.andExpect(flash().attribute("notice", "yearStory.compiled"))
			.andReturn().getResponse().getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		YearStory story = stories.find(id).orElseThrow();
		assertThat(story.facts().held()).as("the pair's check-ins that year").isNotEmpty();
		assertThat(story.facts().pulse()).isNotEmpty();
		assertThat(story.facts().wellbeing()).isNotEmpty();
		assertThat(story.facts().appreciation()).extracting(t -> t.text())
			.as("what Sanne hid from her manager stays out of the story they share")
			.doesNotContain("Dank voor je hulp bij de overdracht");
		if (year == LocalDate.now().getYear()) {
			assertThat(story.facts().appreciation()).extracting(t -> t.text())
				.contains("Je legde een klant geduldig uit hoe het portaal werkt; hij belde daarna niet meer terug.");
		}
		mvc.perform(get(location).with(demo.as("pieter.jansen")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Werkplezier en energie")))
			.andExpect(content().string(not(containsString("Dank voor je hulp bij de overdracht"))));

		mvc.perform(post(location + "/reflection").with(demo.as("sanne.devries")).with(csrf())
				.param("version", "0").param("text", "Een jaar waarin ik het portaal leerde kennen."));
		mvc.perform(post(location + "/reflection").with(demo.as("pieter.jansen")).with(csrf())
				.param("version", "0").param("text", "Sanne groeide uit tot vraagbaak."));
		mvc.perform(post(location + "/reflection").with(demo.as("sanne.devries")).with(csrf())
				.param("version", "0").param("text", "Een oudere versie uit een ander tabblad"))
			.andExpect(flash().attribute("problem", MessageRef.of("yearStory.reflection.conflict")))
			.andExpect(flash().attribute("typedReflection", "Een oudere versie uit een ander tabblad"));
		story = stories.find(id).orElseThrow();
		assertThat(story.employeeReflection()).isEqualTo("Een jaar waarin ik het portaal leerde kennen.");
		assertThat(story.managerReflection()).isEqualTo("Sanne groeide uit tot vraagbaak.");

		mvc.perform(post(location + "/acknowledge").with(demo.as("sanne.devries")).with(csrf()).param("kind", "AGREED"));
		mvc.perform(post("/people/" + sanne.value() + "/year-stories").with(demo.as("pieter.jansen")).with(csrf())
				.param("year", String.valueOf(year)))
			.andExpect(flash().attribute("problem", MessageRef.of("yearStory.error.signed")));
		mvc.perform(post(location + "/acknowledge").with(demo.as("pieter.jansen")).with(csrf()).param("kind", "SEEN"));
		story = stories.find(id).orElseThrow();
		assertThat(story.locked()).isTrue();
		mvc.perform(post(location + "/reflection").with(demo.as("pieter.jansen")).with(csrf())
				.param("version", "1").param("text", "Achteraf nog iets"))
			.andExpect(flash().attribute("problem", MessageRef.of("yearStory.error.locked")));
		mvc.perform(post(location + "/view").with(demo.as("pieter.jansen")).with(csrf()).param("text", "Mijn kijk"))
			.andExpect(flash().attribute("problem", MessageRef.of("yearStory.error.viewEmployeeOnly")))
			.andExpect(redirectedUrl(location));
		mvc.perform(post(location + "/view").with(demo.as("sanne.devries")).with(csrf()).param("text", "Ik had meer opleidingstijd gewild."))
			.andExpect(flash().attribute("notice", "yearStory.view.saved"));
		assertThat(stories.find(id).orElseThrow().views()).extracting(v -> v.text())
			.containsExactly("Ik had meer opleidingstijd gewild.");
		assertThat(stories.find(id).orElseThrow().managerReflection()).isEqualTo("Sanne groeide uit tot vraagbaak.");
	}

	@Test
	void onlyThePairReadsItAndANewManagerDoesNot() throws Exception {
		EmployeeId lotte = demo.id("lotte.bakker");
		long id = stories.compile(lotte, demo.id("pieter.jansen"), LocalDate.now().minusDays(2).getYear());
		String story = "/year-stories/" + id;
		mvc.perform(get(story).with(demo.as("lotte.bakker"))).andExpect(status().isOk());
		mvc.perform(get(story).with(demo.as("pieter.jansen"))).andExpect(status().isOk());
		for (String outsider : new String[] { "sanne.devries", "marleen.visser", "fatima.elamrani", "jeroen.bos", "ingrid.hoekstra" }) {
			mvc.perform(get(story).with(demo.as(outsider))).andExpect(status().isNotFound());
			mvc.perform(get("/people/" + lotte.value() + "/timeline").with(demo.as(outsider))).andExpect(status().isNotFound());
		}
		mvc.perform(get("/people/" + lotte.value() + "/timeline").with(demo.as("pieter.jansen")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<svg")))
			.andExpect(content().string(containsString("Rooster voor de ochtenden herzien")));

		jdbc.sql("update employee set manager_id = :m where id = :e")
			.param("m", demo.id("ingrid.hoekstra").value()).param("e", lotte.value()).update();

		mvc.perform(get(story).with(demo.as("ingrid.hoekstra"))).andExpect(status().isNotFound());
		mvc.perform(get(story).with(demo.as("pieter.jansen"))).andExpect(status().isNotFound());
		mvc.perform(get(story).with(demo.as("lotte.bakker"))).andExpect(status().isOk());
		mvc.perform(get("/people/" + lotte.value() + "/timeline").with(demo.as("ingrid.hoekstra")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Rooster voor de ochtenden herzien"))));
		mvc.perform(get("/people/" + lotte.value() + "/timeline").with(demo.as("lotte.bakker")))
			.andExpect(content().string(containsString("Rooster voor de ochtenden herzien")));
	}


	/**
	 * Issue 11, class 2: the story is a snapshot, but hiding an appreciation item afterwards counts for
	 * the manager from that moment: before, the item stayed readable in the existing story.
	 */
	@Test
	void appreciationHiddenAfterCompilingIsGoneFromTheManagersStory() throws Exception {
		EmployeeId femke = demo.id("femke.degraaf");
		appreciations.give(demo.id("lisa.hendriks"), femke, "Dank voor het snelle herstel van de printers", null, null, null);
		long item = appreciations.received(femke, Instant.EPOCH, false).get(0).id();
		long id = stories.compile(femke, demo.id("ruben.peters"), LocalDate.now().getYear());
		mvc.perform(get("/year-stories/" + id).with(demo.as("ruben.peters")))
			.andExpect(content().string(containsString("Dank voor het snelle herstel van de printers")));

		appreciations.hideFromManager(femke, item, true);
		mvc.perform(get("/year-stories/" + id).with(demo.as("ruben.peters")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Dank voor het snelle herstel van de printers"))));
		mvc.perform(get("/year-stories/" + id).with(demo.as("femke.degraaf")))
			.andExpect(content().string(containsString("Dank voor het snelle herstel van de printers")));

		appreciations.hideFromManager(femke, item, false);
		mvc.perform(get("/year-stories/" + id).with(demo.as("ruben.peters")))
			.andExpect(content().string(containsString("Dank voor het snelle herstel van de printers")));
	}

}
