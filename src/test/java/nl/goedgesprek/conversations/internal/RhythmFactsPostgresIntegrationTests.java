package nl.goedgesprek.conversations.internal;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.support.OnPostgres;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HR's overview asks for the rhythm of everyone at once. On PostgreSQL one statement carries at most
 * 65,535 parameters, so an organisation of 70,000 must not mean 70,000 parameters (it did, and failed).
 */
@SpringBootTest(properties = "goedgesprek.demo.enabled=false")
@ActiveProfiles("test")
@OnPostgres
class RhythmFactsPostgresIntegrationTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ConversationQueries queries;

	@Autowired
	nl.goedgesprek.conversations.Conversations conversations;

	@Test
	void theRhythmOfSeventyThousandPeopleCanBeAskedAtOnce() {
		jdbc.update("""
				insert into employee (version, name, email, active)
				select 0, 'Medewerker ' || n, 'm' || n || '@groot.example', true from generate_series(1, 70000) n""");
		List<EmployeeId> everyone = jdbc.queryForList("select id from employee", Long.class).stream().map(EmployeeId::of).toList();
		var facts = queries.rhythmFacts(everyone, LocalDateTime.now());
		assertThat(facts).hasSize(70_000);
		assertThat(facts.values()).allMatch(f -> f.lastHeld() == null && f.openAgreements() == 0);
		// and as the team page asks: what lies ahead per thousand, the rest from follow-up's read model
		var combined = conversations.rhythmFacts(everyone, LocalDateTime.now());
		assertThat(combined).hasSize(70_000);
		assertThat(combined.values()).allMatch(f -> f.lastHeld() == null && f.openAgreements() == 0);
	}

}
