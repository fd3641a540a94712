package nl.goedgesprek.conversations;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import nl.goedgesprek.conversations.internal.AgendaTopic;
import nl.goedgesprek.conversations.internal.RunningAgenda;
import nl.goedgesprek.conversations.internal.Talking;
import nl.goedgesprek.conversations.internal.TalkingPoint.Outcome;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.support.ConversationSteps;
import nl.goedgesprek.support.DemoUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The running-agenda topics in the record, its PDF and "Jouw inbreng": each record says what became of
 * each topic in that conversation, also when a later one settled it otherwise; only the two
 * participants read it, and a new manager the record is shared with does not (topics are the pair's own
 * words, like talking points, which the shared record leaves out with the preparations).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({ DemoUsers.class, ConversationSteps.class })
@Transactional
class RunningAgendaRecordIntegrationTests {

	static final String ANSWERED = "Werkdruk op maandag";

	static final String PARKED = "Opleiding tot coach";

	static final String AGREED = "Het inwerken van Kevin";

	static final String LEFT = "Parkeerplaats bij kantoor";

	static final String NOTE = "Lotte en Pieter spreken over het rooster";

	@Autowired
	RunningAgenda agenda;

	@Autowired
	ConversationSteps steps;

	@Autowired
	Talking talking;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoUsers demo;

	EmployeeId lotte;

	EmployeeId pieter;

	ConversationId first;

	ConversationId second;

	/** Four topics in a first conversation; the parked one and the one not discussed answered in a second. */
	@BeforeEach
	void twoConversationsWithTopics() {
		lotte = demo.id("lotte.bakker");
		pieter = demo.id("pieter.jansen");
		AgendaTopic answered = agenda.add(lotte, lotte, ANSWERED);
		AgendaTopic parked = agenda.add(lotte, lotte, PARKED);
		AgendaTopic agreed = agenda.add(pieter, lotte, AGREED);
		AgendaTopic left = agenda.add(lotte, lotte, LEFT);
		first = steps.held(lotte, pieter, ConversationSteps.EMPTY, id -> {
			agenda.settle(pieter, id, answered.rawId(), Outcome.ANSWERED, "Rooster aangepast");
			agenda.settle(lotte, id, parked.rawId(), Outcome.PARKED, "Na de reorganisatie");
			agenda.settle(pieter, id, agreed.rawId(), Outcome.AGREEMENT, null);
			talking.writeNote(pieter, id, "welzijn", null, NOTE);
		});
		second = steps.held(lotte, pieter, ConversationSteps.EMPTY, id -> {
			agenda.settle(pieter, id, parked.rawId(), Outcome.ANSWERED, null);
			agenda.settle(pieter, id, left.rawId(), Outcome.ANSWERED, null);
		});
	}

	@Test
	void theRecordListsTheTopicsWithWhoAddedThemAndWhatBecameOfThemInThatConversation() throws Exception {
		for (String who : List.of("lotte.bakker", "pieter.jansen")) {
			String page = page(who, "/conversations/" + first + "/record");
			assertThat(page).contains("Van de lopende agenda", ANSWERED, PARKED, AGREED, LEFT,
					"toegevoegd door Lotte Bakker", "toegevoegd door Pieter Jansen", "Besproken en beantwoord",
					"Toelichting: Rooster aangepast", "Geparkeerd omdat: Na de reorganisatie", "Er is een afspraak van gemaakt",
					"Niet besproken");
		}
		String later = page("lotte.bakker", "/conversations/" + second + "/record");
		assertThat(later).as("the second record: what was carried over, answered there").contains(PARKED, LEFT)
			.doesNotContain(ANSWERED, AGREED, "Niet besproken", "Geparkeerd omdat");
	}

	@Test
	void thePdfSaysTheSameAndAParkedOrLeftTopicKeepsItsOutcomeThere() throws Exception {
		String text = pdf("pieter.jansen", "/conversations/" + first + "/record/pdf");
		assertThat(text).contains("Van de lopende agenda")
			.containsPattern(ANSWERED + " toegevoegd door Lotte Bakker op [^A-Z]+ Besproken en beantwoord Toelichting: Rooster aangepast")
			.containsPattern(PARKED + " toegevoegd door Lotte Bakker op [^A-Z]+ Geparkeerd voor later Geparkeerd omdat: Na de reorganisatie")
			.containsPattern(AGREED + " toegevoegd door Pieter Jansen op [^A-Z]+ Er is een afspraak van gemaakt")
			.containsPattern(LEFT + " toegevoegd door Lotte Bakker op [^A-Z]+ Niet besproken");
		String later = pdf("lotte.bakker", "/conversations/" + second + "/record/pdf");
		assertThat(later).containsPattern(PARKED + " toegevoegd door Lotte Bakker op [^A-Z]+ Besproken en beantwoord")
			.containsPattern(LEFT + " toegevoegd door Lotte Bakker op [^A-Z]+ Besproken en beantwoord")
			.doesNotContain(ANSWERED, AGREED);
	}

	@Test
	void nobodyElseReadsThemByUrl() throws Exception {
		for (String outsider : List.of("sanne.devries", "marleen.visser", "fatima.elamrani", "jeroen.bos", "ingrid.hoekstra")) {
			for (String path : List.of("/record", "/record/pdf", "/shared", "/shared/pdf", "")) {
				mvc.perform(get("/conversations/" + first + path).with(demo.as(outsider))).andExpect(status().isNotFound());
			}
		}
	}

	@Test
	void aNewManagerTheRecordIsSharedWithReadsTheNotesButNotTheTopics() throws Exception {
		jdbc.update("update employee set manager_id = ? where id = ?", demo.id("ingrid.hoekstra").value(), lotte.value());
		mvc.perform(get("/conversations/" + first + "/shared").with(demo.as("ingrid.hoekstra")))
			.andExpect(status().isNotFound());
		mvc.perform(post("/conversations/" + first + "/record/share").with(csrf()).with(demo.as("lotte.bakker")))
			.andExpect(status().is3xxRedirection());

		String shared = page("ingrid.hoekstra", "/conversations/" + first + "/shared");
		assertThat(shared).as("the shared record itself is there").contains(NOTE)
			.doesNotContain("Van de lopende agenda", ANSWERED, PARKED, AGREED, LEFT, "Na de reorganisatie");
		String sharedPdf = pdf("ingrid.hoekstra", "/conversations/" + first + "/shared/pdf");
		assertThat(sharedPdf).contains(NOTE).doesNotContain("Van de lopende agenda", ANSWERED, PARKED, AGREED, LEFT);
		// and Lotte's own record still has them
		assertThat(page("lotte.bakker", "/conversations/" + first + "/record")).contains(ANSWERED, LEFT);
	}

	@Test
	void jouwInbrengListsTheEmployeesOwnTopicsAndWhatBecameOfThem() throws Exception {
		String input = page("lotte.bakker", "/me/input");
		assertThat(input).contains("Op de lopende agenda", ANSWERED, PARKED, LEFT, "Rooster aangepast", "In jullie check-in van")
			.as("the manager's topic is his input, not hers").doesNotContain(AGREED);
		assertThat(page("pieter.jansen", "/me/input")).doesNotContain(ANSWERED, AGREED, LEFT);

		agenda.add(lotte, lotte, "Nog te bespreken: de zomerplanning");
		assertThat(page("lotte.bakker", "/me/input")).contains("Nog te bespreken: de zomerplanning", "Komt nog aan bod");
	}

	private String page(String who, String path) throws Exception {
		return mvc.perform(get(path).with(demo.as(who))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

	private String pdf(String who, String path) throws Exception {
		byte[] bytes = mvc.perform(get(path).with(demo.as(who))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsByteArray();
		try (PDDocument pdf = Loader.loadPDF(bytes)) {
			// the footer of each page may fall in the middle of a list
			return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ")
				.replaceAll("Goedgesprek \\S+ · afgedrukt op [^,]+, \\d\\d:\\d\\d ", "");
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

}
