package nl.goedgesprek.followup;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import nl.goedgesprek.conversations.ConversationId;
import nl.goedgesprek.conversations.internal.RecordShares;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.support.ConversationSteps;
import nl.goedgesprek.support.DemoUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The manager an employee shares an earlier record with finds it in their inbox, with a link to the
 * read-only record. Commits for real (the inbox is filled after the commit), so it has an
 * application context and database of its own: it moves a demo employee to another manager.
 */
@SpringBootTest(properties = { "goedgesprek.demo.conversations=false", "spring.application.name=record-shared-inbox" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({ DemoUsers.class, ConversationSteps.class })
class RecordSharedInboxIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoUsers demo;

	@Autowired
	ConversationSteps steps;

	@Autowired
	RecordShares shares;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theNewManagerFindsTheSharedRecordInTheInbox() throws Exception {
		EmployeeId daan = demo.id("daan.smit");
		EmployeeId pieter = demo.id("pieter.jansen");
		ConversationId held = steps.held(daan, pieter, ConversationSteps.EMPTY, id -> {
		});
		jdbc.sql("update employee set manager_id = :m where id = :e")
			.param("m", demo.id("ingrid.hoekstra").value())
			.param("e", daan.value())
			.update();

		shares.share(daan, held);

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			String inbox = mvc.perform(get("/inbox").with(demo.as("ingrid.hoekstra")))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(inbox).contains("Daan Smit deelde het verslag van een eerder gesprek met je.",
					"href=\"/conversations/" + held + "/shared\"");
		});
	}

}
