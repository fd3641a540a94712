package nl.goedgesprek.feedback;

import java.time.Duration;
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
import nl.goedgesprek.feedback.internal.Answering;
import nl.goedgesprek.feedback.internal.FeedbackAnswer;
import nl.goedgesprek.mail.internal.ReminderScanner;
import nl.goedgesprek.shared.PersonalData;
import nl.goedgesprek.support.ConversationSteps;
import nl.goedgesprek.support.DemoUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Colleagues' input: the anonymous threshold (two answers hidden, three shown, and nothing on any page,
 * export, inbox or mail that tells the asker who answered), withdrawing, the monthly limit, and the
 * reminder that goes once.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({ DemoUsers.class, ConversationSteps.class, FeedbackTestConversations.class })
@DirtiesContext
class FeedbackIntegrationTests {

	static final List<String> ASKED = List.of("anouk.mulder", "mohammed.elidrissi", "esra.kaya", "thijs.vandijk");

	static final List<String> NAMES = List.of("Anouk Mulder", "Mohammed el Idrissi", "Esra Kaya", "Thijs van Dijk");

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoUsers demo;

	@Autowired
	FeedbackTestConversations steps;

	@Autowired
	Answering answering;

	@Autowired
	ReminderScanner reminders;

	@Autowired
	List<PersonalData> personalData;

	@Autowired
	JdbcClient jdbc;

	String page(String person, String path) throws Exception {
		return mvc.perform(get(path).with(demo.as(person))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

	@Test
	void anonymousAnswersStayHiddenUntilThreeAndNeverSayWhoAnswered() throws Exception {
		ConversationId conversation = steps.kevinWithPieter();
		long request = steps.ask("kevin.deboer", conversation, true, LocalDate.now().plusDays(5),
				ASKED.toArray(String[]::new));
		answer(request, "anouk.mulder", "ANTWOORD-EEN");
		answer(request, "esra.kaya", "ANTWOORD-TWEE");

		String twoAnswers = page("kevin.deboer", "/feedback/requests/" + request);
		assertThat(twoAnswers).contains("Nog te weinig antwoorden").doesNotContain("ANTWOORD-EEN", "ANTWOORD-TWEE");
		assertThat(page("kevin.deboer", "/feedback/panels/" + conversation.value())).contains("nog te weinig antwoorden")
			.doesNotContain("2 antwoorden");
		assertNothingSaysWho(twoAnswers);
		assertThat(kevinsFeedbackMessages()).isZero();

		answer(request, "thijs.vandijk", "ANTWOORD-DRIE");
		String threeAnswers = page("kevin.deboer", "/feedback/requests/" + request);
		assertThat(threeAnswers).contains("ANTWOORD-EEN", "ANTWOORD-TWEE", "ANTWOORD-DRIE", "3 antwoorden")
			.doesNotContain("Nog te weinig antwoorden");
		assertNothingSaysWho(threeAnswers);
		await().atMost(Duration.ofSeconds(10)).until(() -> kevinsFeedbackMessages() == 1);
		assertThat(jdbc.sql("select count(*) from notification where recipient_id = :k and kind = 'FEEDBACK_READY'"
				+ " and actor_id is null").param("k", demo.id("kevin.deboer").value()).query(Long.class).single()).isOne();

		answer(request, "mohammed.elidrissi", "ANTWOORD-VIER");
		assertThat(page("kevin.deboer", "/feedback/requests/" + request)).contains("ANTWOORD-VIER", "4 antwoorden");
		Thread.sleep(500);
		assertThat(kevinsFeedbackMessages()).as("one message when the threshold was reached, none per answer").isOne();

		assertNothingSaysWho(page("kevin.deboer", "/inbox"));
		assertNothingSaysWho(page("kevin.deboer", "/me/data"));
		String export = personalData.stream().filter(p -> p.sections().contains("feedbackAsked"))
			.flatMap(p -> p.of(demo.id("kevin.deboer").value()).stream())
			.toList()
			.toString();
		assertThat(export).contains("ANTWOORD-EEN");
		assertNothingSaysWho(export);
		assertThat(jdbc.sql("select count(*) from mail_outbox where recipient_id = :k and kind = 'FEEDBACK'")
			.param("k", demo.id("kevin.deboer").value()).query(Long.class).single()).isZero();
		String hr = page("fatima.elamrani", "/feedback/counts");
		assertThat(hr).contains("te weinig mensen");
		assertNothingSaysWho(hr);
	}

	@Test
	void aNamedRequestShowsWhoAnsweredAndWhoDidNot() throws Exception {
		ConversationId conversation = steps.kevinWithPieter();
		long request = steps.ask("kevin.deboer", conversation, false, LocalDate.now().plusDays(5), "bram.dekker",
				"noor.vermeulen");
		answer(request, "bram.dekker", "BENOEMD-ANTWOORD");
		assertThat(page("kevin.deboer", "/feedback/requests/" + request)).contains("BENOEMD-ANTWOORD", "Van Bram Dekker",
				"Noor Vermeulen", "nog niet geantwoord");
	}

	@Test
	void aWithdrawnRequestCannotBeAnsweredAndEarnsNoReminder() throws Exception {
		ConversationId conversation = steps.kevinWithPieter();
		long kept = steps.ask("kevin.deboer", conversation, false, LocalDate.now().plusDays(1), "femke.degraaf");
		long withdrawn = steps.ask("kevin.deboer", conversation, false, LocalDate.now().plusDays(1), "lisa.hendriks");
		mvc.perform(post("/feedback/requests/" + withdrawn + "/withdraw").with(demo.as("lisa.hendriks")).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/feedback/requests/" + withdrawn + "/withdraw").with(demo.as("kevin.deboer")).with(csrf()))
			.andExpect(status().is3xxRedirection());

		long lisa = steps.answerOf(withdrawn, "lisa.hendriks");
		assertThat(page("lisa.hendriks", "/feedback/answers/" + lisa)).contains("Deze vraag is ingetrokken")
			.doesNotContain("<textarea");
		mvc.perform(post("/feedback/answers/" + lisa).with(demo.as("lisa.hendriks")).with(csrf()).param("answerOne", "Te laat"));
		assertThat(steps.stateOf(lisa)).isEqualTo(FeedbackAnswer.State.WAITING);
		assertThat(page("lisa.hendriks", "/")).doesNotContain("/feedback/answers/" + lisa);

		reminders.scan();
		reminders.scan();
		long femke = steps.answerOf(kept, "femke.degraaf");
		assertThat(mails("feedback-reminder:" + femke)).as("one reminder, however often the scan runs").isOne();
		assertThat(mails("feedback-reminder:" + lisa)).isZero();
		assertThat(page("kevin.deboer", "/feedback/requests/" + withdrawn)).contains("Je trok deze vraag in op");
	}

	@Test
	void nobodyIsAskedMoreOftenThanTheMonthlyLimit() throws Exception {
		ConversationId conversation = steps.kevinWithPieter();
		for (int i = 0; i < 3; i++) {
			steps.ask("kevin.deboer", conversation, false, LocalDate.now().plusDays(3), "youssef.amrani");
		}
		assertThatThrownBy(() -> steps.ask("kevin.deboer", conversation, false, LocalDate.now().plusDays(3),
				"youssef.amrani", "femke.degraaf"))
			.hasMessage("feedback.error.askedEnough");
		String form = mvc.perform(post("/feedback/ask/" + conversation.value()).with(demo.as("kevin.deboer")).with(csrf())
				.param("q", "Youssef").param("search", "1"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(form).contains("Youssef is deze maand al vaak om input gevraagd").doesNotContain("Kevin de Boer vroeg");
		String refused = mvc.perform(post("/feedback/ask/" + conversation.value()).with(demo.as("kevin.deboer")).with(csrf())
				.param("colleagues", String.valueOf(demo.id("youssef.amrani").value()))
				.param("questions", steps.question(conversation)).param("dueOn", LocalDate.now().plusDays(3).toString())
				.param("anonymous", "false").param("reason", "Nog een keer"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("Youssef Amrani is deze maand al vaak om input gevraagd", "Nog een keer");
	}

	@Test
	void theAskerCannotAskThemselfTheOtherParticipantOrForAConversationNotTheirs() throws Exception {
		ConversationId conversation = steps.kevinWithPieter();
		assertThatThrownBy(() -> steps.ask("kevin.deboer", conversation, false, LocalDate.now().plusDays(3), "pieter.jansen"))
			.hasMessage("feedback.error.notThisColleague");
		assertThatThrownBy(() -> steps.ask("kevin.deboer", conversation, false, LocalDate.now().plusDays(3), "kevin.deboer"))
			.hasMessage("feedback.error.notThisColleague");
		assertThatThrownBy(() -> steps.ask("kevin.deboer", conversation, false, LocalDate.now().plusDays(40), "bram.dekker"))
			.hasMessage("feedback.error.dueOn");
		for (String outsider : List.of("daan.smit", "fatima.elamrani", "jeroen.bos", "marleen.visser")) {
			mvc.perform(get("/feedback/ask/" + conversation.value()).with(demo.as(outsider))).andExpect(status().isNotFound());
			mvc.perform(get("/feedback/panels/" + conversation.value()).with(demo.as(outsider))).andExpect(status().isNotFound());
		}
		String form = page("kevin.deboer", "/feedback/ask/" + conversation.value());
		assertThat(form).contains("Input van collega&#39;s vragen").doesNotContain("name=\"add\" value=\""
				+ demo.id("pieter.jansen").value() + "\"");
	}

	@Test
	void onlyHrAndAdministratorsSeeTheCounts() throws Exception {
		page("fatima.elamrani", "/feedback/counts");
		page("jeroen.bos", "/feedback/counts");
		for (String other : List.of("kevin.deboer", "pieter.jansen", "marleen.visser")) {
			mvc.perform(get("/feedback/counts").with(demo.as(other))).andExpect(status().isNotFound());
		}
	}

	private void answer(long request, String colleague, String text) {
		answering.answer(demo.id(colleague), steps.answerOf(request, colleague), text, null);
	}

	private long kevinsFeedbackMessages() {
		return jdbc.sql("select count(*) from notification where recipient_id = :k and kind like 'FEEDBACK%'")
			.param("k", demo.id("kevin.deboer").value()).query(Long.class).single();
	}

	private long mails(String dedupeKey) {
		return jdbc.sql("select count(*) from mail_outbox where dedupe_key = :k").param("k", dedupeKey)
			.query(Long.class).single();
	}

	/** No name of anyone asked, and no address of an answer row, which follows the order of asking. */
	private static void assertNothingSaysWho(String shown) {
		assertThat(shown).doesNotContain(NAMES.toArray(String[]::new)).doesNotContain("/feedback/answers/");
		for (String name : NAMES) {
			assertThat(shown).doesNotContain(name.split(" ")[0] + " ");
		}
	}

}
