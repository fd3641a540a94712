package nl.goedgesprek.followup;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.shared.ErasableData;
import nl.goedgesprek.support.ConversationSteps;
import nl.goedgesprek.support.DemoUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A topic one side of a pair puts on the running agenda reaches the other side's inbox, briefly, with a
 * link to the pair's agenda page; the one who added it gets nothing, nobody gets a mail, and the
 * message is in the reader's export and loses the adder's words when the adder is erased. Not
 * transactional: the inbox is filled after commit. Lisa Hendriks and Ruben Peters, a pair no other test
 * in this context uses.
 */
@SpringBootTest(properties = "goedgesprek.demo.conversations=false")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({ DemoUsers.class, ConversationSteps.class })
class RunningAgendaInboxIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoUsers demo;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	List<ErasableData> erasable;

	@Test
	void theOtherSideHearsOfANewTopicAndTheAdderDoesNot() throws Exception {
		EmployeeId lisa = demo.id("lisa.hendriks");
		String agendaPage = "/agenda/" + lisa.value();

		add("lisa.hendriks", "Mijn rol in het nieuwe informatiebeleid");
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(inbox("ruben.peters"))
			.contains("Lisa Hendriks zette een onderwerp op jullie lopende agenda.", "Mijn rol in het nieuwe informatiebeleid",
					"href=\"" + agendaPage + "\"", "Naar de lopende agenda"));
		add("ruben.peters", "Hoe verdelen we de piketdiensten in de zomer?");
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(inbox("lisa.hendriks"))
			.contains("Ruben Peters zette een onderwerp op jullie lopende agenda.",
					"Hoe verdelen we de piketdiensten in de zomer?", "href=\"" + agendaPage + "\""));

		assertThat(inbox("lisa.hendriks")).as("the adder hears nothing of her own topic")
			.doesNotContain("Mijn rol in het nieuwe informatiebeleid");
		assertThat(inbox("ruben.peters")).doesNotContain("piketdiensten");
		assertThat(inbox("marleen.visser")).doesNotContain("informatiebeleid", "piketdiensten");
		assertThat(mailsNaming("informatiebeleid") + mailsNaming("piketdiensten")).as("a topic is no reason to mail").isZero();
	}

	@Test
	void aLongTopicIsNamedBrieflyAndTheLinkOpensTheAgenda() throws Exception {
		String tail = "en dit stuk staat alleen op de agenda zelf, niet in het bericht";
		String topic = "Thuiswerken: hoe houden we contact met het team als de helft van ons op vrijdag thuis is, " + tail;
		add("lisa.hendriks", topic);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(inbox("ruben.peters")).contains("Thuiswerken: hoe houden we contact"));
		String note = jdbc.sql("select note from notification where kind = 'AGENDA_TOPIC_ADDED' and note like 'Thuiswerken:%'")
			.query(String.class).single();
		assertThat(note).endsWith("…").hasSizeLessThanOrEqualTo(81).doesNotContain(tail);
		mvc.perform(get("/agenda/" + demo.id("lisa.hendriks").value()).with(demo.as("ruben.peters")))
			.andExpect(status().isOk());
	}

	@Test
	void theMessageIsInTheReadersExportAndTheAddersWordsGoWithTheAdder() throws Exception {
		add("lisa.hendriks", "Een cursus schrijven voor het web");
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(inbox("ruben.peters")).contains("Een cursus schrijven voor het web"));
		String data = page("ruben.peters", "/me/data");
		assertThat(data).contains("id=\"pd-inbox\"");
		String inboxSection = data.substring(data.indexOf("id=\"pd-inbox\""));
		assertThat(inboxSection.substring(0, inboxSection.indexOf("</section>"))).as("in the export's inbox section")
			.contains("Een cursus schrijven voor het web");

		// What erasure of Lisa does to the inbox (the inbox's own bean; the rest of erasure is tested elsewhere).
		ErasableData inbox = erasable.stream().filter(bean -> bean.tables().contains("notification")).findFirst().orElseThrow();
		EmployeeId lisa = demo.id("lisa.hendriks");
		inbox.person(new ErasableData.Subject(lisa.value(), "Lisa Hendriks", "lisa.hendriks@horizon.example"), true);
		assertThat(jdbc.sql("select count(*) from notification where note like '%cursus schrijven%'").query(Long.class).single())
			.isZero();
		assertThat(jdbc.sql("select count(*) from notification where recipient_id = :p").param("p", lisa.value())
			.query(Long.class).single()).isZero();
	}

	private void add(String who, String text) throws Exception {
		mvc.perform(post("/agenda/" + demo.id("lisa.hendriks").value() + "/topics").param("text", text)
			.with(csrf()).with(demo.as(who))).andExpect(status().is3xxRedirection());
	}

	private String inbox(String who) throws Exception {
		return page(who, "/inbox");
	}

	private String page(String who, String path) throws Exception {
		return mvc.perform(get(path).with(demo.as(who))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

	private long mailsNaming(String word) {
		return jdbc.sql("select count(*) from mail_outbox where body like :w or subject like :w").param("w", "%" + word + "%")
			.query(Long.class).single();
	}

}
