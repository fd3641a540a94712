package nl.goedgesprek.followup;

import java.time.Duration;
import java.time.LocalDate;
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

import nl.goedgesprek.cards.Cards;
import nl.goedgesprek.cards.ConversationKind;
import nl.goedgesprek.conversations.ConversationId;
import nl.goedgesprek.conversations.internal.ConversationPlanning;
import nl.goedgesprek.conversations.internal.PreparationDraft;
import nl.goedgesprek.conversations.internal.Preparing;
import nl.goedgesprek.conversations.internal.RecordShares;
import nl.goedgesprek.conversations.internal.Talking;
import nl.goedgesprek.people.EmployeeId;
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
@Import(DemoUsers.class)
class RecordSharedInboxIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoUsers demo;

	@Autowired
	ConversationPlanning planning;

	@Autowired
	Preparing preparing;

	@Autowired
	Talking talking;

	@Autowired
	RecordShares shares;

	@Autowired
	Cards cards;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theNewManagerFindsTheSharedRecordInTheInbox() throws Exception {
		EmployeeId daan = demo.id("daan.smit");
		EmployeeId pieter = demo.id("pieter.jansen");
		ConversationId held = planning.plan(daan, pieter, ConversationKind.CHECK_IN, LocalDate.now().atTime(8, 0),
				cards.publishedCards().get(0).id());
		PreparationDraft draft = new PreparationDraft(Map.of(), Map.of(), List.of(), null);
		preparing.saveAndShare(daan, held, draft);
		preparing.saveAndShare(pieter, held, draft);
		talking.start(pieter, held);
		talking.close(pieter, held);
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
