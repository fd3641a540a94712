package nl.goedgesprek.shell.web;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import nl.goedgesprek.conversations.ConversationId;
import nl.goedgesprek.conversations.internal.PreparationDraft;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.shared.MessageRef;
import nl.goedgesprek.support.ConversationSteps;
import nl.goedgesprek.support.DemoUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 11, class 6, one example of each kind of bad input the attack walk found, with what the
 * user should get instead: the form back with a message in their language, what they typed kept,
 * and nothing written. {@code InputAttackIntegrationTests} tries every endpoint for server errors,
 * partial writes and silent cuts; this class checks what the person sees.
 */
@SpringBootTest(properties = "goedgesprek.demo.conversations=false")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({ DemoUsers.class, ConversationSteps.class })
@Transactional
class BadInputIntegrationTests {

	private static final String TOO_LONG_NOTE = "n".repeat(20_001);

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoUsers demo;

	@Autowired
	ConversationSteps steps;

	@Autowired
	JdbcClient jdbc;

	EmployeeId sanne;

	EmployeeId pieter;

	@BeforeEach
	void people() {
		sanne = demo.id("sanne.devries");
		pieter = demo.id("pieter.jansen");
	}

	@Test
	void aTextLongerThanItsColumnIsRefusedWithItsLimitAndKeptInTheField() throws Exception {
		ConversationId id = steps.plan(sanne, pieter, java.time.LocalDateTime.now().plusDays(2));
		steps.start(pieter, id);
		String talk = "/conversations/" + id + "/notes/resultaten";
		mvc.perform(post(talk).with(demo.as("pieter.jansen")).with(csrf()).header("HX-Request", "true")
				.param("text", TOO_LONG_NOTE))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Deze tekst is te lang: 20.001 tekens, er passen er hoogstens 20.000")));
		mvc.perform(post(talk).with(demo.as("pieter.jansen")).with(csrf()).param("text", TOO_LONG_NOTE))
			.andExpect(status().isUnprocessableContent())
			.andExpect(model().attribute("typedNote", TOO_LONG_NOTE))
			.andExpect(content().string(containsString(TOO_LONG_NOTE)));
		assertThat(count("select count(*) from note")).isZero();
	}

	@Test
	void anAnswerThatDoesNotFitIsRefusedNotCutAndTheFormKeepsItWithoutJavaScript() throws Exception {
		ConversationId id = steps.plan(sanne, pieter, java.time.LocalDateTime.now().plusDays(2));
		String answer = "a".repeat(10_001);
		mvc.perform(post("/conversations/" + id + "/preparation").with(demo.as("sanne.devries")).with(csrf())
				.param("a.resultaten.q1", answer))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Deze tekst is te lang: 10.001 tekens")))
			.andExpect(content().string(containsString("aria-describedby=\"a-resultaten.q1-error\"")))
			.andExpect(content().string(containsString(answer)));
		assertThat(count("select count(*) from preparation")).isZero();
	}

	@Test
	void aScoreOutsideOneToFiveIsRefusedNotDropped() throws Exception {
		ConversationId id = steps.plan(sanne, pieter, java.time.LocalDateTime.now().plusDays(2));
		for (String score : List.of("7", "0", "3.5", "-1")) {
			mvc.perform(post("/conversations/" + id + "/preparation").with(demo.as("sanne.devries")).with(csrf())
					.header("HX-Request", "true").param("s.resultaten.statement", score).param("a.resultaten.q1", "Trots"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString("een getal van 1 tot en met 5")));
		}
		assertThat(count("select count(*) from preparation")).isZero();
	}

	@Test
	void sharingFromAStaleDeviceOverwritesNothing() throws Exception {
		ConversationId id = steps.plan(sanne, pieter, java.time.LocalDateTime.now().plusDays(2));
		Integer first = steps.saveDraft(sanne, id, draft("Wat apparaat A eerst schreef"));
		steps.saveDraft(sanne, id, first, draft("Wat apparaat A daarna schreef"));
		mvc.perform(post("/conversations/" + id + "/preparation/share").with(demo.as("sanne.devries")).with(csrf())
				.param("version", String.valueOf(first)).param("a.resultaten.q1", "Wat apparaat B nog had"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Je voorbereiding is niet gedeeld")))
			.andExpect(content().string(containsString("Wat apparaat B nog had")))
			.andExpect(content().string(containsString("Wat apparaat A daarna schreef")));
		assertThat(steps.ownPreparation(sanne, id).shared()).isFalse();
		assertThat(steps.ownPreparation(sanne, id).text("resultaten.q1")).isEqualTo("Wat apparaat A daarna schreef");
	}

	@Test
	void saveNowWithAStaleVersionKeepsTheTextAndShowsWhatIsStored() throws Exception {
		ConversationId id = steps.plan(sanne, pieter, java.time.LocalDateTime.now().plusDays(2));
		Integer first = steps.saveDraft(sanne, id, draft("Eerste versie"));
		steps.saveDraft(sanne, id, first, draft("Opgeslagen in een ander venster"));
		mvc.perform(post("/conversations/" + id + "/preparation").with(demo.as("sanne.devries")).with(csrf())
				.param("version", String.valueOf(first)).param("a.resultaten.q1", "Mijn oude tabblad"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Mijn oude tabblad")))
			.andExpect(content().string(containsString("Opgeslagen in een ander venster")));
		mvc.perform(post("/conversations/" + id + "/preparation").with(demo.as("sanne.devries")).with(csrf())
				.param("version", "geen-versie").param("a.resultaten.q1", "Mijn oude tabblad"))
			.andExpect(status().isConflict());
	}

	@Test
	void jointNotesWithoutJavaScriptFromAStaleVersionKeepTheTextAndShowTheOthers() throws Exception {
		ConversationId id = steps.plan(sanne, pieter, java.time.LocalDateTime.now().plusDays(2));
		steps.start(pieter, id);
		steps.note(sanne, id, "resultaten", "Sanne schreef dit eerst");
		mvc.perform(post("/conversations/" + id + "/notes/resultaten").with(demo.as("pieter.jansen")).with(csrf())
				.param("text", "Pieter, zonder JavaScript"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Pieter, zonder JavaScript")))
			.andExpect(content().string(containsString("Sanne schreef dit eerst")));
	}

	@Test
	void unknownChoicesAreRefusedNotTakenForSomethingElse() throws Exception {
		ConversationId id = steps.held(sanne, pieter, ConversationSteps.EMPTY, held -> {
		});
		mvc.perform(post("/conversations/" + id + "/record/acknowledge").with(demo.as("sanne.devries")).with(csrf())
				.param("kind", "MAYBE"))
			.andExpect(status().isBadRequest());
		assertThat(count("select count(*) from acknowledgement")).isZero();

		mvc.perform(post("/appreciation").with(demo.as("lotte.bakker")).with(csrf())
				.param("for", String.valueOf(sanne.value())).param("text", "Dank voor je hulp")
				.param("competencyId", "999999"))
			.andExpect(flash().attribute("problem", MessageRef.of("appreciation.error.competency")))
			.andExpect(flash().attribute("typedText", "Dank voor je hulp"));
		assertThat(count("select count(*) from appreciation where text = 'Dank voor je hulp'")).isZero();

		mvc.perform(post("/people/" + sanne.value() + "/year-stories").with(demo.as("pieter.jansen")).with(csrf())
				.param("year", "2000000000"))
			.andExpect(flash().attribute("problem", MessageRef.of("yearStory.error.year")));
	}

	@Test
	void aTalkingPointThatIsNotThereIsRefusedWithAMessage() throws Exception {
		ConversationId id = steps.plan(sanne, pieter, java.time.LocalDateTime.now().plusDays(2));
		steps.share(sanne, id, new PreparationDraft(Map.of(), Map.of(), List.of("Thuiswerken"), null));
		steps.start(pieter, id);
		mvc.perform(post("/conversations/" + id + "/talking-points/outcome").with(demo.as("pieter.jansen")).with(csrf())
				.header("HX-Request", "true").param("side", "EMPLOYEE").param("index", "99").param("outcome", "ANSWERED"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("staat niet (meer) op de lijst")));
	}

	@Test
	void anAmbitionThatDoesNotFitIsRefusedAndKept() throws Exception {
		String ambition = "b".repeat(2_001);
		mvc.perform(post("/people/" + sanne.value() + "/development/ambitions").with(demo.as("sanne.devries"))
				.with(csrf()).param("text", ambition))
			.andExpect(flash().attribute("problem", MessageRef.of("input.error.tooLong", 2000, 2001)))
			.andExpect(flash().attribute("typedAmbition", ambition));
		assertThat(count("select count(*) from ambition where length(text) >= 2000")).isZero();
	}

	@Test
	void malformedTokensAndTheBareErrorAddressGiveOrdinaryPages() throws Exception {
		mvc.perform(post("/appreciation").with(demo.as("lotte.bakker")).param("_csrf", "%%%niet-base64%%%")
				.param("text", "x"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/error").with(demo.as("sanne.devries"))).andExpect(status().isNotFound());
		for (String address : List.of("/conversations/abc", "/conversations/99999999999999999999", "/people/1.5")) {
			mvc.perform(get(address).with(demo.as("sanne.devries")))
				.andExpect(status().isNotFound())
				.andExpect(content().string(containsString("Deze pagina bestaat niet")))
				.andExpect(content().string(containsString("Uitloggen")));
		}
	}

	@Test
	void theAddressOfAStepLeadsBackToItsPage() throws Exception {
		ConversationId id = steps.plan(sanne, pieter, java.time.LocalDateTime.now().plusDays(2));
		mvc.perform(get("/conversations/" + id + "/preparation/share").with(demo.as("sanne.devries")))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
				.redirectedUrl("/conversations/" + id + "/preparation"));
	}

	private static PreparationDraft draft(String text) {
		return new PreparationDraft(Map.of("resultaten.q1", text), Map.of(), List.of(), null);
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

}
