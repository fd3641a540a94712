package nl.goedgesprek.conversations;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

import nl.goedgesprek.conversations.internal.ConversationQueries;
import nl.goedgesprek.followup.internal.RhythmReadModel;
import nl.goedgesprek.insights.OrganisationGenerator;
import nl.goedgesprek.people.EmployeeId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The team page's rhythm facts take the dates behind from follow-up's read model and read only what
 * lies ahead: they must say exactly what computing everything from the conversations says, for every
 * person of a generated organisation (three years, every state), with the pair's own rhythm added.
 */
@SpringBootTest(properties = { "goedgesprek.demo.enabled=false", "goedgesprek.mail.schedule=false" })
@ActiveProfiles("test")
@Transactional
class RhythmFactsFromTheReadModelIntegrationTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Autowired
	Conversations conversations;

	@Autowired
	ConversationQueries queries;

	@Autowired
	RhythmReadModel readModel;

	@Test
	void theFactsFromTheReadModelEqualThoseComputedFromEveryConversation() {
		LocalDate today = LocalDate.now(clock);
		new OrganisationGenerator(jdbc, 11).generate(new int[] { 6, 4 }, 6, 36, today, held -> {
		});
		// the generator holds check-ins only: make one person's latest an annual conversation, plan one
		// person's next annual and another's next two check-ins
		List<Long> employees = jdbc.queryForList(
				"select distinct employee_id from conversation order by employee_id fetch first 3 rows only", Long.class);
		jdbc.update("update conversation set kind = 'ANNUAL' where id = (select max(id) from conversation where employee_id = ?)",
				employees.get(0));
		jdbc.update("""
				update conversation set kind = ?, status = 'PLANNED', scheduled_at = ?
				where id = (select max(id) from conversation where employee_id = ?)""", "ANNUAL",
				today.plusDays(10).atTime(10, 0), employees.get(1));
		jdbc.update("""
				update conversation set kind = ?, status = 'PLANNED', scheduled_at = ?
				where id = (select max(id) from conversation where employee_id = ?)""", "CHECK_IN",
				today.plusDays(3).atTime(9, 0), employees.get(2));
		// and a later one too: the read model keeps the latest planned, the team page shows the next
		jdbc.update("""
				update conversation set status = 'PLANNED', scheduled_at = ?
				where id = (select max(id) from conversation where employee_id = ? and status <> 'PLANNED')""",
				today.plusDays(40).atTime(9, 0), employees.get(2));
		readModel.rebuild(); // the generator writes conversations without their aggregate
		List<EmployeeId> everyone = jdbc.queryForList("select id from employee", Long.class).stream().map(EmployeeId::of).toList();
		long pair = jdbc.queryForObject("select min(id) from employee where manager_id is not null", Long.class);
		jdbc.update("insert into pair_rhythm (employee_id, manager_id, check_in_weeks) select id, manager_id, 3 from employee where id = ?",
				pair);
		LocalDateTime now = LocalDateTime.now(clock);

		Map<EmployeeId, RhythmFacts> computed = queries.rhythmFacts(everyone, now, new HashMap<>());
		Map<EmployeeId, RhythmFacts> combined = conversations.rhythmFacts(everyone, now);

		assertThat(combined).hasSameSizeAs(everyone);
		assertThat(computed.values()).as("the organisation has people with every kind of fact")
			.anyMatch(f -> f.lastHeld() != null)
			.anyMatch(f -> f.nextPlanned() != null)
			.anyMatch(f -> f.overdueAgreements() > 0)
			.anyMatch(f -> f.lastAnnual() != null)
			.anyMatch(RhythmFacts::annualPlanned);
		everyone.forEach(id -> {
			RhythmFacts expected = computed.get(id);
			RhythmFacts actual = combined.get(id);
			Integer weeks = id.value() == pair ? Integer.valueOf(3) : null;
			assertThat(actual).as("rhythm facts of " + id)
				.isEqualTo(new RhythmFacts(id, expected.lastHeld(), expected.nextPlanned(), expected.openAgreements(),
						expected.overdueAgreements(), weeks, expected.lastAnnual(), expected.annualPlanned()));
		});
	}

}
