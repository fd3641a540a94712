package nl.goedgesprek.conversations;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import nl.goedgesprek.conversations.internal.AgendaTopic;
import nl.goedgesprek.conversations.internal.ConversationRepository;
import nl.goedgesprek.conversations.internal.RunningAgenda;
import nl.goedgesprek.conversations.internal.Talking;
import nl.goedgesprek.conversations.internal.TalkingPoint;
import nl.goedgesprek.insights.internal.ConversationFacts;
import nl.goedgesprek.people.PersonNotFoundException;
import nl.goedgesprek.shared.Refusal;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The running agenda on the demo organisation: a shared list per pair, on the next conversation's
 * agenda with who added it, carried over until discussed, counted once in the two-sidedness figures,
 * and nobody's but the pair's.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({ DemoUsers.class, ConversationSteps.class })
@Transactional
class RunningAgendaIntegrationTests {

	@Autowired
	RunningAgenda agenda;

	@Autowired
	ConversationRepository conversations;

	@Autowired
	ConversationSteps steps;

	@Autowired
	Talking talking;

	@Autowired
	ConversationFacts facts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoUsers demo;

	@Test
	void aTopicTheEmployeeAddsIsOnTheManagersNextAgendaAtOnceWithWhoAddedIt() throws Exception {
		agenda.add(demo.id("sanne.devries"), demo.id("sanne.devries"), "Mijn rooster na de zomer");
		var next = conversations.findByEmployeeIdOrderByScheduledAtDesc(demo.id("sanne.devries")).get(0);

		assertThat(agenda.of(next)).filteredOn(t -> t.text().equals("Mijn rooster na de zomer"))
			.singleElement().extracting(AgendaTopic::addedBy).isEqualTo(demo.id("sanne.devries"));
		mvc.perform(get("/conversations/" + next.id().value()).with(demo.as("pieter.jansen")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mijn rooster na de zomer")))
			.andExpect(content().string(containsString("toegevoegd door Sanne de Vries")));
		mvc.perform(get("/agenda/" + demo.id("sanne.devries").value()).with(demo.as("pieter.jansen")))
			.andExpect(content().string(containsString("Mijn rooster na de zomer")));
	}

	@Test
	void anotherPairsAgendaIsNotFoundByUrlForColleaguesHrAdministratorsAndTheManagersManager() throws Exception {
		String sannes = "/agenda/" + demo.id("sanne.devries").value();
		for (String outsider : List.of("lotte.bakker", "fatima.elamrani", "jeroen.bos", "marleen.visser")) {
			mvc.perform(get(sannes).with(demo.as(outsider))).andExpect(status().isNotFound());
			mvc.perform(post(sannes + "/topics").param("text", "Ingebroken").with(csrf()).with(demo.as(outsider)))
				.andExpect(status().isNotFound());
		}
		assertThat(jdbc.queryForObject("select count(*) from agenda_topic where text = 'Ingebroken'", Long.class)).isZero();
		mvc.perform(get("/agenda").with(demo.as("lotte.bakker")))
			.andExpect(content().string(not(containsString("De drukte rond de jaarafsluiting"))));
	}

	@Test
	void onlyItsAuthorTakesATopicBackAndOnlyBeforeAConversationHadIt() throws Exception {
		AgendaTopic topic = agenda.add(demo.id("sanne.devries"), demo.id("sanne.devries"), "Iets van Sanne");
		mvc.perform(post("/agenda/" + demo.id("sanne.devries").value() + "/topics/" + topic.rawId() + "/remove")
			.with(csrf()).with(demo.as("pieter.jansen"))).andExpect(status().isNotFound());
		mvc.perform(post("/agenda/" + demo.id("sanne.devries").value() + "/topics/" + topic.rawId() + "/remove")
			.with(csrf()).with(demo.as("lotte.bakker"))).andExpect(status().isNotFound());
		assertThatThrownBy(() -> agenda.remove(demo.id("fatima.elamrani"), topic.rawId()))
			.isInstanceOf(PersonNotFoundException.class);

		agenda.remove(demo.id("sanne.devries"), topic.rawId());
		assertThat(jdbc.queryForObject("select count(*) from agenda_topic where text = 'Iets van Sanne'", Long.class)).isZero();
	}

	@Test
	void anEmptyOrOverlongTopicIsExplainedNextToTheFieldAndKept() throws Exception {
		String sannes = "/agenda/" + demo.id("sanne.devries").value();
		mvc.perform(post(sannes + "/topics").param("text", "   ").with(csrf()).with(demo.as("sanne.devries")))
			.andExpect(status().isOk()).andExpect(content().string(containsString("text-error")));
		String tooLong = "x".repeat(501);
		mvc.perform(post(sannes + "/topics").param("text", tooLong).with(csrf()).with(demo.as("sanne.devries")))
			.andExpect(status().isOk()).andExpect(content().string(containsString(tooLong)))
			.andExpect(content().string(containsString("text-error")));
	}

	@Test
	void aTopicNotDiscussedCarriesOverAndCountsOnceForTheSideThatAddedIt() {
		var lotte = demo.id("lotte.bakker");
		var pieter = demo.id("pieter.jansen");
		agenda.add(lotte, lotte, "Thuiswerken");
		AgendaTopic answered = agenda.add(pieter, lotte, "De nieuwe collega");
		ConversationId first = steps.held(lotte, pieter, ConversationSteps.EMPTY,
				id -> agenda.settle(pieter, id, answered.rawId(), TalkingPoint.Outcome.ANSWERED, null));
		facts.refresh(first);

		assertThat(points(first)).containsExactly(1L, 1L);
		var next = conversations.findById(steps.plan(lotte, pieter, LocalDate.now().plusDays(7).atTime(9, 0)).value())
			.orElseThrow();
		assertThat(agenda.of(next)).extracting(AgendaTopic::text).containsExactly("Thuiswerken");
		assertThat(agenda.of(next).get(0).carriedOver()).isTrue();
		assertThatThrownBy(() -> agenda.remove(lotte, agenda.of(next).get(0).rawId())).isInstanceOf(Refusal.class);

		ConversationId second = steps.held(lotte, pieter, ConversationSteps.EMPTY, id -> {
		});
		facts.refresh(second);
		assertThat(points(second)).as("a carried-over topic counts where it was first on the agenda").containsExactly(0L, 0L);
	}

	@Test
	void parkingATopicNeedsAReasonAndKeepsItOnTheAgenda() {
		var lotte = demo.id("lotte.bakker");
		var pieter = demo.id("pieter.jansen");
		AgendaTopic topic = agenda.add(lotte, lotte, "Opleiding");
		steps.held(lotte, pieter, ConversationSteps.EMPTY, id -> {
			assertThatThrownBy(() -> agenda.settle(pieter, id, topic.rawId(), TalkingPoint.Outcome.PARKED, " "))
				.isInstanceOf(Refusal.class);
			agenda.settle(lotte, id, topic.rawId(), TalkingPoint.Outcome.PARKED, "Na de reorganisatie");
			assertThatThrownBy(() -> agenda.settle(demo.id("sanne.devries"), id, topic.rawId(), TalkingPoint.Outcome.ANSWERED, null))
				.as("not a participant").isNotInstanceOf(Refusal.class);
		});
		var pair = agenda.pair(lotte, lotte);
		assertThat(agenda.open(pair)).extracting(AgendaTopic::text, AgendaTopic::outcomeNote)
			.contains(org.assertj.core.api.Assertions.tuple("Opleiding", "Na de reorganisatie"));
	}

	private List<Long> points(ConversationId id) {
		return jdbc.queryForList("select points_employee, points_manager from insight_conversation where conversation_id = ?",
				id.value()).stream().flatMap(row -> List.of(((Number) row.get("points_employee")).longValue(),
						((Number) row.get("points_manager")).longValue()).stream()).toList();
	}

}
