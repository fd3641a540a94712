package nl.goedgesprek.followup;

import nl.goedgesprek.conversations.AgreementStatus;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import nl.goedgesprek.conversations.ConversationId;
import nl.goedgesprek.conversations.Conversations;
import nl.goedgesprek.conversations.Side;
import nl.goedgesprek.conversations.internal.Acknowledgement;
import nl.goedgesprek.followup.internal.FollowedAgreement;
import nl.goedgesprek.followup.internal.AgreementFollowUp;
import nl.goedgesprek.followup.internal.AgreementReviews;
import nl.goedgesprek.followup.internal.PairRhythms;
import nl.goedgesprek.conversations.internal.PreparationDraft;
import nl.goedgesprek.conversations.internal.TalkingPoint;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.shared.MessageRef;
import nl.goedgesprek.support.ConversationSteps;
import nl.goedgesprek.support.DemoUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Closing the loop: "did it help" per finished agreement at the next conversation, the pair's own
 * rhythm and the proposed next date, and the employee's own input page, each tried from the wrong
 * side as well.
 */
@SpringBootTest(properties = "goedgesprek.demo.conversations=false")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({ DemoUsers.class, ConversationSteps.class })
class FollowThroughIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoUsers demo;

	@Autowired
	ConversationSteps steps;

	@Autowired
	AgreementFollowUp followUp;

	@Autowired
	AgreementReviews reviews;

	@Autowired
	PairRhythms rhythms;

	@Autowired
	Conversations facade;

	@Autowired
	JdbcClient jdbc;

	@Test
	void bothSayWhetherAFinishedAgreementHelpedOnceAtTheNextConversation() throws Exception {
		EmployeeId bram = demo.id("bram.dekker");
		EmployeeId ingrid = demo.id("ingrid.hoekstra");
		ConversationId first = held(ingrid, bram, LocalDate.now().atTime(8, 0), List.of());
		long agreement = followUp.of(bram).stream().filter(a -> a.conversationId().equals(first)).findFirst().orElseThrow().rawId();
		followUp.report(bram, agreement, null, AgreementStatus.DONE, "Gedaan");

		ConversationId second = steps.plan(ingrid, bram, LocalDate.now().plusDays(1).atTime(9, 0));
		assertThat(reviews.of(facade.summary(second).orElseThrow())).extracting(AgreementReviews.Review::agreementId)
			.containsExactly(agreement);
		assertThatThrownBy(() -> reviews.answer(bram, second, agreement, AgreementReviews.Helped.YES))
			.as("only during the conversation").hasMessageContaining("conversation.error.notStarted");

		steps.start(ingrid, second);
		mvc.perform(post("/conversations/" + second.value() + "/reviews/" + agreement).with(demo.as("bram.dekker"))
				.with(csrf()).param("helped", "PARTLY")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/conversations/" + second.value() + "/reviews/" + agreement).with(demo.as("ingrid.hoekstra"))
				.with(csrf()).param("helped", "NO"));
		mvc.perform(post("/conversations/" + second.value() + "/reviews/" + agreement).with(demo.as("ingrid.hoekstra"))
				.with(csrf()).param("helped", "YES"));
		mvc.perform(post("/conversations/" + second.value() + "/reviews/" + agreement).with(demo.as("esra.kaya"))
				.with(csrf()).param("helped", "NO")).andExpect(status().isNotFound());

		AgreementReviews.Review review = reviews.of(facade.summary(second).orElseThrow()).get(0);
		assertThat(review.employee()).isEqualTo(AgreementReviews.Helped.PARTLY);
		assertThat(review.manager()).as("answering again replaces one's own answer").isEqualTo(AgreementReviews.Helped.YES);
		mvc.perform(get("/conversations/" + second.value() + "/talk").with(demo.as("bram.dekker")))
			.andExpect(content().string(containsString("Wat leverden de afspraken op?")))
			.andExpect(content().string(containsString("Ingrid: Ja")));

		steps.close(ingrid, second);
		ConversationId third = steps.plan(ingrid, bram, LocalDate.now().plusDays(2).atTime(9, 0));
		assertThat(reviews.of(facade.summary(third).orElseThrow())).as("looked back on once").isEmpty();
	}

	@Test
	void aPairChoosesItsOwnRhythmAndTheNextConversationIsProposedOnIt() throws Exception {
		EmployeeId thijs = demo.id("thijs.vandijk");
		EmployeeId ingrid = demo.id("ingrid.hoekstra");
		LocalDateTime when = LocalDate.now().atTime(8, 30);
		ConversationId id = held(ingrid, thijs, when, List.of());
		String record = "/conversations/" + id.value() + "/record";
		mvc.perform(get(record).with(demo.as("thijs.vandijk")))
			.andExpect(content().string(not(containsString("Het volgende gesprek"))));

		steps.acknowledge(thijs, id, Acknowledgement.Kind.SEEN);
		steps.acknowledge(ingrid, id, Acknowledgement.Kind.SEEN);
		mvc.perform(get(record).with(demo.as("thijs.vandijk")))
			.andExpect(content().string(containsString("Het volgende gesprek")))
			.andExpect(content().string(containsString("on=" + when.toLocalDate().plusWeeks(6))));

		mvc.perform(post(record + "/rhythm").with(demo.as("thijs.vandijk")).with(csrf()).param("weeks", "1"))
			.andExpect(flash().attribute("problem", MessageRef.of("rhythm.error.weeks")))
			.andExpect(flash().attribute("typedWeeks", "1"));
		mvc.perform(post(record + "/rhythm").with(demo.as("thijs.vandijk")).with(csrf()).param("weeks", "vier"))
			.andExpect(flash().attribute("problem", MessageRef.of("rhythm.error.weeks")));
		mvc.perform(post(record + "/rhythm").with(demo.as("esra.kaya")).with(csrf()).param("weeks", "4"))
			.andExpect(status().isNotFound());
		mvc.perform(post(record + "/rhythm").with(demo.as("ingrid.hoekstra")).with(csrf()).param("weeks", "10"))
			.andExpect(flash().attribute("notice", "rhythm.notice.saved"));

		assertThat(rhythms.weeks(thijs, ingrid)).isEqualTo(10);
		assertThat(facade.rhythmFacts(List.of(thijs), LocalDateTime.now()).get(thijs).pairCheckInWeeks()).isEqualTo(10);
		mvc.perform(get(record).with(demo.as("thijs.vandijk")))
			.andExpect(content().string(containsString("on=" + when.toLocalDate().plusWeeks(10))));

		ConversationId next = steps.plan(thijs, ingrid, LocalDate.now().plusWeeks(9).atTime(9, 0));
		mvc.perform(get(record).with(demo.as("thijs.vandijk")))
			.andExpect(content().string(containsString("Jullie volgende gesprek staat gepland")));
		mvc.perform(get("/conversations/plan").param("with", String.valueOf(ingrid.value()))
				.param("on", LocalDate.now().plusWeeks(10).toString()).with(demo.as("thijs.vandijk")))
			.andExpect(content().string(containsString(LocalDate.now().plusWeeks(10).toString())));

		mvc.perform(post(record + "/rhythm").with(demo.as("thijs.vandijk")).with(csrf()).param("weeks", ""));
		assertThat(rhythms.ownWeeks(thijs, ingrid)).as("empty goes back to the organisation's rhythm").isEmpty();
		assertThat(next).isNotNull();
	}

	@Test
	void theInputPageShowsOnlyOnesOwnTopicsWithTheirOutcome() throws Exception {
		EmployeeId noor = demo.id("noor.vermeulen");
		EmployeeId ingrid = demo.id("ingrid.hoekstra");
		held(ingrid, noor, LocalDate.now().atTime(7, 0), List.of("Minder overwerk in december", "Een cursus Excel"));

		mvc.perform(get("/me/input").with(demo.as("noor.vermeulen")))
			.andExpect(content().string(containsString("Minder overwerk in december")))
			.andExpect(content().string(containsString("Besproken en beantwoord")))
			.andExpect(content().string(containsString("Een cursus Excel")))
			.andExpect(content().string(containsString("Niet aan bod gekomen")));
		mvc.perform(get("/me/input").with(demo.as("ingrid.hoekstra")))
			.andExpect(content().string(not(containsString("Minder overwerk in december"))));
		mvc.perform(get("/me/input").with(demo.as("fatima.elamrani")))
			.andExpect(content().string(not(containsString("Minder overwerk in december"))));
	}

	@Test
	void whoeverMovesAConversationTheOtherHearsTheNewMoment() throws Exception {
		EmployeeId esra = demo.id("esra.kaya");
		EmployeeId ingrid = demo.id("ingrid.hoekstra");
		ConversationId id = steps.plan(esra, ingrid, LocalDate.now().plusDays(4).atTime(9, 0));
		LocalDateTime moved = LocalDate.now().plusDays(5).atTime(15, 30);
		steps.reschedule(esra, id, moved);

		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() ->
				mvc.perform(get("/inbox").with(demo.as("ingrid.hoekstra")))
					.andExpect(content().string(containsString("Esra Kaya verplaatste jullie check-in naar "
							+ moved.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm",
									java.util.Locale.forLanguageTag("nl")))))));
		mvc.perform(get("/inbox").with(demo.as("esra.kaya")))
			.andExpect(content().string(not(containsString("verplaatste jullie"))));
	}

	/** A closed conversation with one agreement owned by the employee; the first talking point answered. */
	private ConversationId held(EmployeeId manager, EmployeeId employee, LocalDateTime when, List<String> talkingPoints) {
		ConversationId id = steps.plan(manager, employee, when);
		steps.share(employee, id, new PreparationDraft(Map.of(), Map.of(), talkingPoints, null));
		steps.start(manager, id);
		if (!talkingPoints.isEmpty()) {
			steps.settle(manager, id, Side.EMPLOYEE, 0, TalkingPoint.Outcome.ANSWERED, null);
		}
		steps.agree(manager, id, "Iets uitproberen", Side.EMPLOYEE, LocalDate.now().plusMonths(1));
		steps.close(manager, id);
		return id;
	}

}
