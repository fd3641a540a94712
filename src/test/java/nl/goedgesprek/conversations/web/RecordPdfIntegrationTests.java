package nl.goedgesprek.conversations.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.annotation.Transactional;

import nl.goedgesprek.cards.Cards;
import nl.goedgesprek.cards.Question;
import nl.goedgesprek.conversations.ConversationId;
import nl.goedgesprek.conversations.Side;
import nl.goedgesprek.conversations.internal.Acknowledgement;
import nl.goedgesprek.conversations.internal.Preparing;
import nl.goedgesprek.conversations.internal.PreparationDraft;
import nl.goedgesprek.conversations.internal.Recording;
import nl.goedgesprek.conversations.internal.Talking;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.shared.ContentRead;
import nl.goedgesprek.support.ConversationSteps;
import nl.goedgesprek.support.DemoUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The record as a document (issue 13, item 5). Renée (Sanne, renamed to test the accents) shared her
 * preparation; Pieter only ever saved a draft. Both signed for seen and agreed, Renée added her
 * zienswijze. The PDF is read back with PDFBox: the record is all there, the draft is not, and only
 * the participants and a new manager the record is shared with get it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({ DemoUsers.class, ConversationSteps.class })
@Transactional
@RecordApplicationEvents
class RecordPdfIntegrationTests {

	private static final String SHARED_ANSWER = "Het klantportaal staat, en ik ben er trots op";

	private static final String DRAFT = "Wat Pieter alleen voor zichzelf opschreef";

	private static final String NOTE = "We zien allebei dat het portaal goed loopt";

	private static final String AGREEMENT = "Renée loopt twee dagen mee met de portaalbeheerder";

	private static final String VIEW = "Ik had graag eerder om hulp gevraagd";

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoUsers demo;

	@Autowired
	ConversationSteps steps;

	@Autowired
	Preparing preparing;

	@Autowired
	Talking talking;

	@Autowired
	Recording recording;

	@Autowired
	Cards cards;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	EmployeeId sanne;

	EmployeeId pieter;

	ConversationId held;

	@BeforeEach
	void reneeSharedPieterOnlyDrafted() {
		sanne = demo.id("sanne.devries");
		pieter = demo.id("pieter.jansen");
		jdbc.sql("update employee set name = 'Renée Müller' where id = :id").param("id", sanne.value()).update();
		held = steps.plan(sanne, pieter, LocalDate.now().atTime(8, 0));
		preparing.saveAndShare(sanne, held, null,
				new PreparationDraft(Map.of("resultaten.q1", SHARED_ANSWER), Map.of("resultaten.statement", 4), List.of(), null));
		preparing.saveDraft(pieter, held, null,
				new PreparationDraft(Map.of("resultaten.q1", DRAFT), Map.of(), List.of(), DRAFT));
		talking.start(pieter, held);
		talking.writeNote(pieter, held, "resultaten", null, NOTE);
		talking.makeAgreement(pieter, held, AGREEMENT, Side.EMPLOYEE, LocalDate.of(2027, 3, 1), "resultaten");
		talking.close(pieter, held);
		for (EmployeeId who : List.of(sanne, pieter)) {
			recording.acknowledge(who, held, Acknowledgement.Kind.SEEN);
			recording.acknowledge(who, held, Acknowledgement.Kind.AGREED);
		}
		recording.addEmployeeView(sanne, held, VIEW);
	}

	@Test
	void thePdfHoldsTheRecordAndBothSignaturesWithTheirDates() throws Exception {
		String text = pdfText(get("pieter.jansen", "/conversations/" + held + "/record/pdf"));
		assertThat(text).contains("Gespreksverslag", "Renée Müller", "Pieter Jansen", NOTE, AGREEMENT, VIEW,
				"Voor gezien", "Voor akkoord", "afgedrukt op");
		assertThat(text).as("Renée's shared preparation is in it").contains(SHARED_ANSWER);
		assertThat(text).doesNotContain("nog niet", "niet gegeven");
		String today = new nl.goedgesprek.shared.Dates().date(java.time.Instant.now(), java.util.Locale.forLanguageTag("nl"));
		String signed = java.util.regex.Pattern.quote(today) + ", \\d\\d:\\d\\d";
		assertThat(text).as("each signs for seen and for agreed, each with its date")
			.containsPattern("Renée Müller\\s+" + signed + "\\s+" + signed)
			.containsPattern("Pieter Jansen\\s+" + signed + "\\s+" + signed);
		assertThat(text).as("Pieter's unshared draft stays out, even of his own copy").doesNotContain(DRAFT);
		assertThat(pdfText(get("sanne.devries", "/conversations/" + held + "/record/pdf"))).contains(AGREEMENT, VIEW)
			.doesNotContain(DRAFT);
	}

	/**
	 * Names beyond Latin-1 print as they are written. With PDF's standard Helvetica, "Łukasz Yılmaz-Dvořák"
	 * came out as "#ukasz Y#lmaz-Dvo#ák" in the record both sign.
	 */
	@Test
	void namesBeyondLatinOnePrintAsTheyAreWritten() throws Exception {
		jdbc.sql("update employee set name = 'Łukasz Yılmaz-Dvořák' where id = :id").param("id", pieter.value()).update();
		String text = pdfText(get("sanne.devries", "/conversations/" + held + "/record/pdf"));
		assertThat(text).contains("Łukasz Yılmaz-Dvořák", "Renée Müller").doesNotContain("#");
	}

	/**
	 * Like the record page: the record holds the other participant's words too, so each participant's
	 * download is a read of the other's; each download counts, not just the first.
	 */
	@Test
	void eachDownloadIsAReadOfTheOtherParticipantsWords() throws Exception {
		get("pieter.jansen", "/conversations/" + held + "/record/pdf");
		get("sanne.devries", "/conversations/" + held + "/record/pdf");
		get("pieter.jansen", "/conversations/" + held + "/record/pdf");
		assertThat(pdfReads()).extracting(read -> read.readerId() + " of " + read.subjectId() + " in " + read.conversationId())
			.containsExactly(pieter.value() + " of " + sanne.value() + " in " + held.value(),
					sanne.value() + " of " + pieter.value() + " in " + held.value(),
					pieter.value() + " of " + sanne.value() + " in " + held.value());
	}

	@Test
	void outsidersGetNotFoundAndANewManagerOnlyOnceItIsShared() throws Exception {
		String record = "/conversations/" + held + "/record/pdf";
		String shared = "/conversations/" + held + "/shared/pdf";
		for (String outsider : new String[] { "marleen.visser", "ruben.peters", "fatima.elamrani", "jeroen.bos",
				"lotte.bakker", "ingrid.hoekstra" }) {
			mvc.perform(request(record).with(demo.as(outsider)))
				.andExpect(status().isNotFound());
			mvc.perform(request(shared).with(demo.as(outsider)))
				.andExpect(status().isNotFound());
		}
		assertThat(pdfReads()).isEmpty();

		jdbc.sql("update employee set manager_id = :m where id = :e")
			.param("m", demo.id("ingrid.hoekstra").value())
			.param("e", sanne.value())
			.update();
		mvc.perform(request(shared)
			.with(demo.as("ingrid.hoekstra"))).andExpect(status().isNotFound());
		mvc.perform(post("/conversations/" + held + "/record/share")
			.with(demo.as("sanne.devries"))
			.with(csrf()));
		String text = pdfText(get("ingrid.hoekstra", shared));
		assertThat(text).contains(AGREEMENT, VIEW, NOTE).doesNotContain(DRAFT, SHARED_ANSWER);
		assertThat(pdfReads()).singleElement().satisfies(read -> assertThat(read.readerId()).isEqualTo(
				demo.id("ingrid.hoekstra").value()));
		mvc.perform(request(record)
			.with(demo.as("ingrid.hoekstra"))).andExpect(status().isNotFound());
	}

	@Test
	void anEnglishReaderGetsItInEnglish() throws Exception {
		MvcResult result = mvc.perform(request("/conversations/" + held + "/record/pdf").with(demo.as("pieter.jansen"))
			.cookie(new jakarta.servlet.http.Cookie("goedgesprek-taal", "en"))).andExpect(status().isOk()).andReturn();
		assertThat(pdfText(result)).contains("Conversation record", "Seen", "Agreed", "printed on", AGREEMENT)
			.doesNotContain("Gespreksverslag", "afgedrukt op");
	}

	@Test
	void aRecordNotYetHeldHasNoPdf() throws Exception {
		ConversationId planned = steps.plan(sanne, pieter, LocalDateTime.now().plusDays(5));
		mvc.perform(request("/conversations/" + planned + "/record/pdf").with(demo.as("sanne.devries")))
			.andExpect(status().isNotFound());
	}

	@Test
	void theBlankCardHoldsTheCardsQuestionsForTheParticipantsOnly() throws Exception {
		ConversationId planned = steps.plan(sanne, pieter, LocalDateTime.now().plusDays(5));
		String path = "/conversations/" + planned + "/preparation/card/pdf";
		String text = pdfText(get("sanne.devries", path));
		long version = jdbc.sql("select card_version_id from conversation where id = :id")
			.param("id", planned.value())
			.query(Long.class)
			.single();
		List<Question> questions = cards.content(nl.goedgesprek.cards.CardVersionId.of(version))
			.orElseThrow()
			.themes()
			.stream()
			.flatMap(theme -> theme.questions().stream())
			.toList();
		assertThat(questions).isNotEmpty();
		for (Question question : questions) {
			assertThat(text.replaceAll("\\s+", " ")).contains(question.text());
		}
		assertThat(text).contains("helemaal niet", "helemaal wel");
		mvc.perform(request(path)
			.with(demo.as("marleen.visser"))).andExpect(status().isNotFound());
		assertThat(pdfText(get("pieter.jansen", path))).doesNotContain(SHARED_ANSWER);
	}

	@Test
	void theLinksAreOnThePages() throws Exception {
		assertThat(page("sanne.devries", "/conversations/" + held + "/record")).contains("/record/pdf", "Verslag als pdf");
		ConversationId planned = steps.plan(sanne, pieter, LocalDateTime.now().plusDays(5));
		assertThat(page("sanne.devries", "/conversations/" + planned + "/preparation")).contains("/preparation/card/pdf");
	}

	private static MockHttpServletRequestBuilder request(String path) {
		return MockMvcRequestBuilders.get(path);
	}

	private List<ContentRead> pdfReads() {
		return events.stream(ContentRead.class).filter(read -> read.kind() == ContentRead.Kind.RECORD_PDF).toList();
	}

	private MvcResult get(String who, String path) throws Exception {
		return mvc.perform(request(path).with(demo.as(who)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Cache-Control", "no-store"))
			.andReturn();
	}

	private String page(String who, String path) throws Exception {
		return mvc.perform(request(path).with(demo.as(who)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static String pdfText(MvcResult result) throws IOException {
		try (PDDocument pdf = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
			return new PDFTextStripper().getText(pdf);
		}
	}

}
