package nl.goedgesprek.insights;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import nl.goedgesprek.conversations.ConversationId;
import nl.goedgesprek.insights.internal.ConversationFacts;
import nl.goedgesprek.support.OnPostgres;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Listeners recompute a month's totals from the rows they see. When many conversations of the same
 * month change at once (a busy Monday), the totals must still end up as a full recount gives them:
 * no listener may write what it saw over what another wrote after it. On PostgreSQL, with real
 * concurrent transactions.
 */
@SpringBootTest(properties = "goedgesprek.demo.enabled=false")
@ActiveProfiles("test")
@OnPostgres
class InsightsTotalsConcurrencyPostgresIntegrationTests {

	private static final List<String> TOTALS = List.of("insight_month", "insight_agreement_month", "insight_reach");

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ConversationFacts facts;

	@Autowired
	Clock clock;

	@Test
	void manyChangesAtOnceAddUpToWhatARecountGives() throws Exception {
		List<Long> conversations = new ArrayList<>();
		new OrganisationGenerator(jdbc, 7).generate(new int[] { 8, 8, 8 }, 2, 2, LocalDate.now(clock),
				held -> conversations.add(held.id()));
		facts.fillMissing();
		long goodBefore = jdbc.queryForObject("select sum(pulse_good) from insight_month where scope_kind = 'O'", Long.class);

		// Every employee answers the pulse again, and every conversation's rows are refreshed at the same
		// time from eight threads: each refresh recomputes the organisation's month, the team's and the
		// manager's, which the others are recomputing too.
		jdbc.update("update pulse set good = 6 - good where side = 'EMPLOYEE'");
		ExecutorService threads = Executors.newFixedThreadPool(8);
		try {
			List<Future<?>> refreshes = new ArrayList<>();
			for (long id : conversations) {
				refreshes.add(threads.submit(() -> facts.refresh(ConversationId.of(id))));
			}
			for (Future<?> refresh : refreshes) {
				refresh.get(); // throws if any refresh failed
			}
		}
		finally {
			threads.shutdownNow();
		}

		List<List<Map<String, Object>>> kept = TOTALS.stream().map(this::rows).toList();
		long goodAfter = jdbc.queryForObject("select sum(pulse_good) from insight_month where scope_kind = 'O'", Long.class);
		assertThat(conversations).as("enough conversations to collide").hasSizeGreaterThan(50);
		assertThat(goodAfter).as("the totals follow the new answers").isNotEqualTo(goodBefore)
			.isEqualTo(jdbc.queryForObject("select sum(good) from pulse where side = 'EMPLOYEE'", Long.class));
		TOTALS.forEach(table -> jdbc.update("delete from " + table));
		facts.fillMissing(); // no totals at all: adds them all up again
		assertThat(TOTALS.stream().map(this::rows).toList()).isEqualTo(kept);
	}

	private List<Map<String, Object>> rows(String table) {
		return jdbc.queryForList("select * from " + table + " order by scope_kind, scope_id, 3, 4");
	}

}
