package nl.goedgesprek.privacy;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import nl.goedgesprek.conversations.ConversationId;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.privacy.internal.ReadLog;
import nl.goedgesprek.support.ConversationSteps;
import nl.goedgesprek.support.DemoUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The read log (issue 13, item 2): a manager's reads of the employee's shared preparation, the
 * conversation and the record are logged and shown to the employee; the author's own reads and
 * refused reads are not; administrators alone search the log, and each search is audited. Commits
 * for real (the audit line is written after the commit), so it has a database of its own.
 */
@SpringBootTest(properties = "spring.application.name=readlog")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({ DemoUsers.class, ConversationSteps.class })
class ReadLogIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoUsers demo;

	@Autowired
	ConversationSteps steps;

	@Autowired
	ReadLog readLog;

	@Autowired
	JdbcClient jdbc;

	ConversationId held;

	EmployeeId sanne;

	EmployeeId pieter;

	@BeforeEach
	void aHeldConversation() {
		sanne = demo.id("sanne.devries");
		pieter = demo.id("pieter.jansen");
		held = steps.held(sanne, pieter, ConversationSteps.EMPTY, id -> {
		});
		readLog.flush();
	}

	/** The lines about this conversation: kind, reader, subject. */
	private List<String> linesOf(ConversationId conversation) {
		readLog.flush();
		return jdbc.sql("select kind, reader_id, subject_id from read_log where conversation_id = :c order by id")
			.param("c", conversation.value())
			.query((rs, row) -> rs.getString(1) + " by " + rs.getLong(2) + " of " + rs.getLong(3))
			.list();
	}

	@Test
	void theManagersReadsAreLoggedAndTheEmployeeSeesThem() throws Exception {
		long c = held.value();
		mvc.perform(get("/conversations/{id}", c).with(demo.as("pieter.jansen"))).andExpect(status().isOk());
		mvc.perform(get("/conversations/{id}/talk", c).with(demo.as("pieter.jansen"))).andExpect(status().isOk());
		mvc.perform(get("/conversations/{id}/record", c).with(demo.as("pieter.jansen"))).andExpect(status().isOk());

		String of = " by " + pieter.value() + " of " + sanne.value();
		assertThat(linesOf(held)).containsExactly("PREPARATION" + of, "TALK" + of, "RECORD" + of);
		mvc.perform(get("/me/reads").with(demo.as("sanne.devries")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Pieter Jansen")))
			.andExpect(content().string(containsString("Het verslag")))
			.andExpect(content().string(containsString("Het gesprek")));
		mvc.perform(get("/people/{id}", sanne.value()).with(demo.as("sanne.devries")))
			.andExpect(content().string(containsString("Wie heeft jouw gegevens bekeken")))
			.andExpect(content().string(containsString("/me/reads")));
	}

	@Test
	void theAuthorsOwnPreparationIsNotARead() throws Exception {
		ConversationId planned = steps.plan(sanne, pieter, java.time.LocalDateTime.now().plusDays(3));
		mvc.perform(get("/conversations/{id}/preparation", planned.value()).with(demo.as("sanne.devries")))
			.andExpect(status().isOk());
		// nothing shared yet: the conversation page shows no one's words but one's own
		mvc.perform(get("/conversations/{id}", planned.value()).with(demo.as("sanne.devries")))
			.andExpect(status().isOk());
		mvc.perform(get("/conversations/{id}", planned.value()).with(demo.as("pieter.jansen")))
			.andExpect(status().isOk());
		assertThat(linesOf(planned)).isEmpty();
	}

	@Test
	void whoIsRefusedIsNotLoggedAsAReader() throws Exception {
		long c = held.value();
		for (String outsider : List.of("fatima.elamrani", "jeroen.bos", "marleen.visser")) {
			mvc.perform(get("/conversations/{id}/record", c).with(demo.as(outsider))).andExpect(status().isNotFound());
			mvc.perform(get("/conversations/{id}/talk", c).with(demo.as(outsider))).andExpect(status().isNotFound());
			mvc.perform(get("/conversations/{id}/shared", c).with(demo.as(outsider))).andExpect(status().isNotFound());
		}
		assertThat(linesOf(held)).isEmpty();
	}

	@Test
	void anAdministratorFindsTheReadAndTheSearchIsInTheAuditTrail() throws Exception {
		mvc.perform(get("/conversations/{id}/record", held.value()).with(demo.as("pieter.jansen")))
			.andExpect(status().isOk());
		mvc.perform(get("/admin/audit/reads").param("subjectEmail", "sanne.devries@horizon.example")
			.with(demo.as("jeroen.bos")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Pieter Jansen")))
			.andExpect(content().string(containsString("Het verslag #" + held.value())));
		mvc.perform(get("/admin/audit/reads").param("readerEmail", "nobody@horizon.example")
			.with(demo.as("jeroen.bos")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Het verslag #"))));
		long admin = demo.id("jeroen.bos").value();
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc
			.sql("select count(*) from audit_event where action = 'READ_LOG_SEARCHED' and actor_id = :a and subject_id = :s")
			.param("a", admin)
			.param("s", sanne.value())
			.query(Long.class)
			.single()).isPositive());
		mvc.perform(get("/admin/audit").param("action", "READ_LOG_SEARCHED").with(demo.as("jeroen.bos")))
			.andExpect(content().string(containsString("Doorzocht het leesregister")));
	}

	@Test
	void nobodyButAdministratorsReachesTheSearch() throws Exception {
		for (String notAnAdministrator : List.of("fatima.elamrani", "pieter.jansen", "sanne.devries", "marleen.visser")) {
			mvc.perform(get("/admin/audit/reads").with(demo.as(notAnAdministrator))).andExpect(status().isForbidden());
		}
	}

}
