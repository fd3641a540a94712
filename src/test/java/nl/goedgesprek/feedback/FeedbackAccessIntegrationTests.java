package nl.goedgesprek.feedback;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import nl.goedgesprek.conversations.ConversationId;
import nl.goedgesprek.feedback.internal.Answering;
import nl.goedgesprek.feedback.internal.Reading;
import nl.goedgesprek.shared.MessageRef;
import nl.goedgesprek.support.ConversationSteps;
import nl.goedgesprek.support.DemoUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Answers belong to the asker: the other participant reads one only after the asker put it into their
 * preparation and the sharing rule lets them read that preparation; nobody else reads a request or an
 * answer page by its address, not the other participant, the colleagues, HR or an administrator.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({ DemoUsers.class, ConversationSteps.class, FeedbackTestConversations.class })
@DirtiesContext
class FeedbackAccessIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoUsers demo;

	@Autowired
	FeedbackTestConversations steps;

	@Autowired
	Answering answering;

	@Autowired
	Reading reading;

	@Autowired
	ConversationSteps conversations;

	String page(String person, String path) throws Exception {
		return mvc.perform(get(path).with(demo.as(person))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

	@Test
	void theOtherParticipantSeesOnlyChosenAnswersAndOnlyUnderTheSharingRule() throws Exception {
		ConversationId conversation = steps.kevinWithPieter();
		long request = steps.ask("kevin.deboer", conversation, false, LocalDate.now().plusDays(5), "lisa.hendriks",
				"bram.dekker");
		answering.answer(demo.id("lisa.hendriks"), steps.answerOf(request, "lisa.hendriks"), "GEKOZEN-ANTWOORD", null);
		answering.answer(demo.id("bram.dekker"), steps.answerOf(request, "bram.dekker"), "NIET-GEKOZEN", null);
		String panel = "/feedback/panels/" + conversation.value();
		assertThat(page("pieter.jansen", panel)).doesNotContain("GEKOZEN-ANTWOORD", "NIET-GEKOZEN");

		String chosen = reading.page(demo.id("kevin.deboer"), request).answers().stream()
			.filter(a -> a.items().get(0).answer().equals("GEKOZEN-ANTWOORD")).findFirst().orElseThrow().handle();
		mvc.perform(post("/feedback/requests/" + request + "/include").with(demo.as("pieter.jansen")).with(csrf())
				.param("handle", chosen).param("included", "true"))
			.andExpect(status().isNotFound());
		mvc.perform(post("/feedback/requests/" + request + "/include").with(demo.as("kevin.deboer")).with(csrf())
				.param("handle", chosen).param("included", "true"))
			.andExpect(flash().attribute("notice", "feedback.notice.included"));
		assertThat(page("kevin.deboer", panel)).contains("In jouw voorbereiding", "GEKOZEN-ANTWOORD")
			.doesNotContain("NIET-GEKOZEN");
		assertThat(page("pieter.jansen", panel)).as("chosen, but Kevin has not shared").doesNotContain("GEKOZEN-ANTWOORD");

		conversations.share(demo.id("kevin.deboer"), conversation);
		assertThat(page("pieter.jansen", panel)).as("Pieter shares first: eerst zelf, dan samen")
			.doesNotContain("GEKOZEN-ANTWOORD");
		mvc.perform(post("/feedback/requests/" + request + "/include").with(demo.as("kevin.deboer")).with(csrf())
				.param("handle", chosen).param("included", "false").header("Referer", "http://localhost/feedback/requests/" + request))
			.andExpect(flash().attribute("problem", MessageRef.of("feedback.error.preparationShared")));

		conversations.share(demo.id("pieter.jansen"), conversation);
		assertThat(page("pieter.jansen", panel)).contains("Input van collega&#39;s voor Kevin de Boer", "GEKOZEN-ANTWOORD",
				"Van Lisa Hendriks").doesNotContain("NIET-GEKOZEN");
		for (String outsider : List.of("lisa.hendriks", "fatima.elamrani", "jeroen.bos", "marleen.visser")) {
			mvc.perform(get(panel).with(demo.as(outsider))).andExpect(status().isNotFound());
		}
	}

	@Test
	void requestsAndAnswerPagesAreOnlyForTheirOwnPerson() throws Exception {
		ConversationId conversation = steps.kevinWithPieter();
		long request = steps.ask("kevin.deboer", conversation, true, LocalDate.now().plusDays(5), "noor.vermeulen",
				"esra.kaya");
		long noor = steps.answerOf(request, "noor.vermeulen");
		page("kevin.deboer", "/feedback/requests/" + request);
		page("noor.vermeulen", "/feedback/answers/" + noor);
		for (String other : List.of("pieter.jansen", "noor.vermeulen", "esra.kaya", "fatima.elamrani", "jeroen.bos",
				"daan.smit")) {
			mvc.perform(get("/feedback/requests/" + request).with(demo.as(other))).andExpect(status().isNotFound());
		}
		for (String other : List.of("kevin.deboer", "pieter.jansen", "esra.kaya", "fatima.elamrani", "jeroen.bos")) {
			mvc.perform(get("/feedback/answers/" + noor).with(demo.as(other))).andExpect(status().isNotFound());
			mvc.perform(post("/feedback/answers/" + noor).with(demo.as(other)).with(csrf()).param("answerOne", "Namens Noor"))
				.andExpect(status().isNotFound());
		}
		mvc.perform(get("/feedback/requests/999999").with(demo.as("kevin.deboer"))).andExpect(status().isNotFound());
		assertThat(steps.stateOf(noor).name()).isEqualTo("WAITING");
	}

	@Test
	void theColleagueSeesWhoAsksWhyAndHowTheirAnswerIsShownAndKeepsADraft() throws Exception {
		ConversationId conversation = steps.kevinWithPieter();
		long request = steps.ask("kevin.deboer", conversation, true, LocalDate.now().plusDays(5), "thijs.vandijk");
		long thijs = steps.answerOf(request, "thijs.vandijk");
		assertThat(page("thijs.vandijk", "/feedback/answers/" + thijs)).contains("Kevin de Boer vraagt om jouw input",
				"Ik wil weten hoe ik overkom.", "anoniem verzameld");
		mvc.perform(post("/feedback/answers/" + thijs + "/draft").with(demo.as("thijs.vandijk")).with(csrf())
				.header("HX-Request", "true").param("version", "0").param("answerOne", "Een begin"))
			.andExpect(status().isOk());
		assertThat(page("thijs.vandijk", "/feedback/answers/" + thijs)).contains("Een begin");
		assertThat(page("kevin.deboer", "/feedback/requests/" + request)).doesNotContain("Een begin");
		mvc.perform(post("/feedback/answers/" + thijs + "/draft").with(demo.as("thijs.vandijk")).with(csrf())
				.header("HX-Request", "true").param("version", "0").param("answerOne", "Uit een oud venster"))
			.andExpect(status().isConflict());
		mvc.perform(post("/feedback/answers/" + thijs + "/draft").with(demo.as("thijs.vandijk")).with(csrf())
				.header("HX-Request", "true").param("version", "1").param("answerOne", "x".repeat(2001)))
			.andExpect(status().is4xxClientError());
		mvc.perform(post("/feedback/answers/" + thijs + "/decline").with(demo.as("thijs.vandijk")).with(csrf()))
			.andExpect(flash().attribute("notice", "feedback.notice.declined"));
		assertThat(page("thijs.vandijk", "/feedback/answers/" + thijs)).contains("liever niet te antwoorden")
			.doesNotContain("Een begin");
	}

}
