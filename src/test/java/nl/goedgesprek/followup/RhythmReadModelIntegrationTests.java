package nl.goedgesprek.followup;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import nl.goedgesprek.conversations.ConversationId;
import nl.goedgesprek.conversations.Conversations;
import nl.goedgesprek.conversations.RhythmFacts;
import nl.goedgesprek.followup.internal.RhythmReadModel;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.support.ConversationSteps;
import nl.goedgesprek.support.DemoUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rhythm read model gives HR's overdue list the same answers as reading the conversations
 * themselves: for every demo person, after the demo's conversations were planned, held and cancelled
 * through the application, and again after a rebuild from scratch.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import({ DemoUsers.class, ConversationSteps.class })
@DirtiesContext
class RhythmReadModelIntegrationTests {

	@Autowired
	RhythmReadModel model;

	@Autowired
	Conversations queries;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DemoUsers demo;

	@Autowired
	ConversationSteps steps;

	@Test
	void answersAsTheConversationsDoForEveryone() {
		assertSame();
		model.rebuild();
		assertSame();
	}

	@Test
	void followsAConversationThatIsPlannedCancelledAndHeld() {
		EmployeeId employee = demo.id("kevin.deboer");
		EmployeeId manager = demo.id("pieter.jansen");
		ConversationId planned = steps.plan(employee, manager, LocalDateTime.now().plusDays(3));
		assertThat(facts(employee).nextPlanned()).as("planned").isNotNull();
		assertSame();
		steps.cancel(manager, planned, "Ziek");
		assertSame();
		steps.held(employee, manager, ConversationSteps.EMPTY, id -> {
		});
		assertThat(facts(employee).lastHeld().toLocalDate()).isEqualTo(java.time.LocalDate.now());
		assertSame();
	}

	private RhythmFacts facts(EmployeeId employee) {
		return model.overdueFacts(currentManagers(), LocalDateTime.now()).get(employee);
	}

	private Map<EmployeeId, EmployeeId> currentManagers() {
		Map<EmployeeId, EmployeeId> managers = new java.util.HashMap<>();
		jdbc.query("select id, manager_id from employee", rs -> {
			managers.put(EmployeeId.of(rs.getLong("id")), rs.getObject("manager_id") == null ? null : EmployeeId.of(rs.getLong("manager_id")));
		});
		return managers;
	}

	/** Both ways of reading: per person for a team, the whole tables for most of a large organisation. */
	private void assertSame() {
		Map<EmployeeId, EmployeeId> managers = currentManagers();
		assertSame(managers);
		Map<EmployeeId, EmployeeId> large = new java.util.HashMap<>(managers);
		// people without any conversation (ids nobody has) make the list large enough to read whole tables
		for (long id = 1; id <= 2_500; id++) {
			large.put(EmployeeId.of(-id), null);
		}
		assertSame(large);
	}

	private void assertSame(Map<EmployeeId, EmployeeId> managers) {
		List<EmployeeId> everyone = List.copyOf(managers.keySet());
		LocalDateTime now = LocalDateTime.now();
		Map<EmployeeId, RhythmFacts> expected = queries.rhythmFacts(everyone, now);
		Map<EmployeeId, RhythmFacts> actual = model.overdueFacts(managers, now);
		for (EmployeeId id : everyone) {
			RhythmFacts e = expected.get(id);
			RhythmFacts a = actual.get(id);
			assertThat(a.lastHeld()).as("last held of " + id).isEqualTo(e.lastHeld());
			assertThat(a.nextPlanned() != null).as("planned for " + id).isEqualTo(e.nextPlanned() != null);
			assertThat(a.lastAnnual()).as("last annual of " + id).isEqualTo(e.lastAnnual());
			assertThat(a.annualPlanned()).as("annual planned for " + id).isEqualTo(e.annualPlanned());
			assertThat(a.pairCheckInWeeks()).as("pair rhythm of " + id).isEqualTo(e.pairCheckInWeeks());
			assertThat(a.overdue(now, 6)).isEqualTo(e.overdue(now, 6));
			assertThat(a.annualOverdue(now, 12, null)).isEqualTo(e.annualOverdue(now, 12, null));
		}
	}

}
