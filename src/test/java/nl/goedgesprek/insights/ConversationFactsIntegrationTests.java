package nl.goedgesprek.insights;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import nl.goedgesprek.conversations.ConversationId;
import nl.goedgesprek.conversations.Side;
import nl.goedgesprek.conversations.internal.Acknowledgement;
import nl.goedgesprek.conversations.internal.PreparationDraft;
import nl.goedgesprek.support.ConversationSteps;
import nl.goedgesprek.support.DemoUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The read model follows what happens: a held conversation gets its row, a pulse updates it. */
@SpringBootTest(properties = "goedgesprek.demo.conversations=false")
@ActiveProfiles("test")
@Import({ DemoUsers.class, ConversationSteps.class })
class ConversationFactsIntegrationTests {

	@Autowired
	DemoUsers demo;

	@Autowired
	ConversationSteps steps;

	@Autowired
	nl.goedgesprek.followup.internal.AgreementFollowUp followUp;

	@Autowired
	nl.goedgesprek.followup.internal.PulseAnswers pulses;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	nl.goedgesprek.insights.internal.ConversationFacts facts;

	@Test
	void aHeldConversationGetsItsRowAndAPulseUpdatesIt() {
		var sanne = demo.id("sanne.devries");
		var pieter = demo.id("pieter.jansen");
		ConversationId id = steps.plan(pieter, sanne, LocalDate.now().atTime(8, 0));
		steps.share(sanne, id, new PreparationDraft(Map.of("resultaten.q1", "drie woorden hier"),
				Map.of("welzijn.statement", 4), List.of("Thuiswerken", "Rooster"), null));
		steps.share(pieter, id, new PreparationDraft(Map.of(), Map.of(), List.of("Opleiding"), null));
		steps.start(pieter, id);
		steps.note(pieter, id, "welzijn", "Het gaat goed");
		steps.agree(pieter, id, "Rooster aanpassen", Side.MANAGER, null);
		steps.close(pieter, id);

		await().atMost(Duration.ofSeconds(10)).until(() -> count(id) == 1);
		Map<String, Object> row = jdbc.queryForMap("select * from insight_conversation where conversation_id = ?", id.value());
		assertThat(value(row, "points_employee")).isEqualTo(2);
		assertThat(value(row, "points_manager")).isEqualTo(1);
		assertThat(value(row, "words_employee")).isEqualTo(3);
		assertThat(value(row, "agreements_manager")).isEqualTo(1);
		assertThat(value(row, "noted_wellbeing")).isEqualTo(true);
		assertThat(value(row, "noted_results")).isEqualTo(false);
		assertThat(value(row, "score_wellbeing")).isEqualTo(4);
		assertThat(value(row, "pulse_good")).isNull();

		// Sanne moves to another team before she gives her pulse: the conversation stays with the team
		// she had it in.
		Long team = jdbc.queryForObject("select team_id from insight_conversation where conversation_id = ?", Long.class, id.value());
		jdbc.update("update employee set team_id = (select min(id) from team where id <> ?) where id = ?", team, sanne.value());
		steps.acknowledge(sanne, id, Acknowledgement.Kind.SEEN);
		pulses.answer(sanne, id, 5, 4);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> Integer.valueOf(5).equals(jdbc.queryForObject(
					"select pulse_good from insight_conversation where conversation_id = ?", Integer.class, id.value())));
		assertThat(jdbc.queryForObject("select pulse_heard from insight_conversation where conversation_id = ?", Integer.class,
				id.value())).isEqualTo(4);
		assertThat(jdbc.queryForObject("select team_id from insight_conversation where conversation_id = ?", Long.class,
				id.value())).isEqualTo(team);
		assertThat(jdbc.queryForMap("select * from insight_conversation where conversation_id = ?", id.value()).values())
			.as("numbers only, never text").noneMatch(value -> value instanceof String);

		long agreement = followUp.of(pieter).stream().filter(a -> a.conversationId().equals(id)).findFirst().orElseThrow().rawId();
		assertThat(jdbc.queryForObject("select status from insight_agreement where agreement_id = ?", String.class, agreement))
			.isEqualTo("OPEN");
		followUp.report(pieter, agreement, null, nl.goedgesprek.conversations.AgreementStatus.DONE, "Klaar");
		await().atMost(Duration.ofSeconds(10)).until(() -> "DONE".equals(jdbc.queryForObject(
				"select status from insight_agreement where agreement_id = ?", String.class, agreement)));
		assertTotalsAreWhatARebuildAddsUp();
	}

	/**
	 * The listeners recompute the monthly totals a change touches; adding everything up from scratch
	 * must give exactly the same rows.
	 */
	private void assertTotalsAreWhatARebuildAddsUp() {
		List<String> tables = List.of("insight_month", "insight_agreement_month", "insight_reach");
		var kept = tables.stream().map(this::rows).toList();
		assertThat(kept).as("the events wrote totals, agreement totals and reach").allMatch(rows -> !rows.isEmpty());
		tables.forEach(table -> jdbc.update("delete from " + table));
		facts.fillMissing(); // no totals at all: adds them all up again
		assertThat(tables.stream().map(this::rows).toList()).isEqualTo(kept);
	}

	private List<Map<String, Object>> rows(String table) {
		return jdbc.queryForList("select * from " + table + " order by scope_kind, scope_id, 3, 4");
	}

	private long count(ConversationId id) {
		return jdbc.queryForObject("select count(*) from insight_conversation where conversation_id = ?", Long.class, id.value());
	}

	private static String key(Map<String, Object> row, String name) {
		return row.keySet().stream().filter(k -> k.equalsIgnoreCase(name)).findFirst().orElse(name);
	}

	private static Object value(Map<String, Object> row, String name) {
		Object value = row.get(key(row, name));
		return value instanceof Number number && !(value instanceof Double) ? number.intValue() : value;
	}

}
