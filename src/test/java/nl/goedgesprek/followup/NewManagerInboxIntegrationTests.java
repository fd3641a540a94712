package nl.goedgesprek.followup;

import nl.goedgesprek.conversations.AgreementStatus;
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
import nl.goedgesprek.conversations.Side;
import nl.goedgesprek.followup.internal.FollowedAgreement;
import nl.goedgesprek.followup.internal.AgreementFollowUp;
import nl.goedgesprek.mail.internal.MailOutbox;
import nl.goedgesprek.mail.internal.OutboxSender;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.support.ConversationSteps;
import nl.goedgesprek.support.DemoUsers;
import nl.goedgesprek.support.TestMail;
import nl.goedgesprek.support.WithMailServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * After a move, the new manager's inbox: an earlier record the employee shares with them, with a link
 * to the read-only record (and a mail), and progress on an open agreement from before the move. Commits for real
 * (the inbox is filled after the commit), so it has an application context and database of its own:
 * it moves demo employees to another manager.
 */
@SpringBootTest(properties = { "goedgesprek.demo.conversations=false", "spring.application.name=new-manager-inbox" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({ DemoUsers.class, ConversationSteps.class })
@WithMailServer
class NewManagerInboxIntegrationTests {

	@Autowired
	TestMail mail;

	@Autowired
	OutboxSender sender;

	@Autowired
	MailOutbox outbox;

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoUsers demo;

	@Autowired
	ConversationSteps steps;

	@Autowired
	AgreementFollowUp followUp;

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

		steps.shareRecord(daan, held);

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			String inbox = mvc.perform(get("/inbox").with(demo.as("ingrid.hoekstra")))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(inbox).contains("Daan Smit deelde het verslag van een eerder gesprek met je: de check-in van ",
					"href=\"/conversations/" + held + "/shared\"");
		});
		await().atMost(Duration.ofSeconds(10)).until(() -> outbox.contains("shared:" + held + ":" + demo.id("ingrid.hoekstra")));
		sender.sendDue();
		assertThat(mail.to("ingrid.hoekstra" + DemoUsers.DOMAIN, "Daan Smit deelde een verslag met je")).singleElement()
			.satisfies(message -> assertThat(TestMail.text(message)).contains("Hallo Ingrid", "met Pieter Jansen",
					"/conversations/" + held + "/shared"));
	}

	@Test
	void theNewManagerHearsOfProgressOnAnAgreementFromBeforeTheMove() throws Exception {
		EmployeeId kevin = demo.id("kevin.deboer");
		EmployeeId pieter = demo.id("pieter.jansen");
		steps.held(kevin, pieter, ConversationSteps.EMPTY, id -> steps.agree(pieter, id,
				"Het nieuwe rooster uitproberen", Side.EMPLOYEE, java.time.LocalDate.now().plusMonths(1)));
		long agreement = jdbc.sql("select id from agreement where description = 'Het nieuwe rooster uitproberen'")
			.query(Long.class)
			.single();
		jdbc.sql("update employee set manager_id = :m where id = :e")
			.param("m", demo.id("ingrid.hoekstra").value())
			.param("e", kevin.value())
			.update();

		followUp.report(kevin, agreement, null, AgreementStatus.IN_PROGRESS, "Twee weken gedaan");

		for (String manager : new String[] { "ingrid.hoekstra", "pieter.jansen" }) {
			await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
				String inbox = mvc.perform(get("/inbox").with(demo.as(manager))).andReturn().getResponse().getContentAsString();
				assertThat(inbox).contains("Kevin de Boer gaf voortgang door op ", "Twee weken gedaan",
						"href=\"/agreements?agreement=" + agreement + "#agreement-" + agreement + "\"");
			});
		}
		assertThat(mvc.perform(get("/agreements").with(demo.as("ingrid.hoekstra"))).andReturn().getResponse()
			.getContentAsString()).contains("id=\"agreement-" + agreement + "\"");
	}

}
