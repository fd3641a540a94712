package nl.goedgesprek.conversations;

import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import nl.goedgesprek.conversations.internal.PrivateNote;
import nl.goedgesprek.conversations.internal.PrivateNotes;
import nl.goedgesprek.shared.EditClash;
import nl.goedgesprek.shared.PersonalData;
import nl.goedgesprek.support.ConversationSteps;
import nl.goedgesprek.support.DemoUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Eigen notities are their author's only: absent from every page, document, export and download the
 * other participant or HR can open, present in the author's own pages and own data export.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({ DemoUsers.class, ConversationSteps.class })
@Transactional
class PrivateNotesIntegrationTests {

	static final String SECRET = "Alleen voor Pieter: Sanne lijkt moe";

	@Autowired
	PrivateNotes notes;

	@Autowired
	ConversationSteps steps;

	@Autowired
	List<PersonalData> personalData;

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoUsers demo;

	private ConversationId heldWithPietersNote() {
		return steps.held(demo.id("sanne.devries"), demo.id("pieter.jansen"), ConversationSteps.EMPTY,
				id -> notes.write(demo.id("pieter.jansen"), id, null, SECRET));
	}

	@Test
	void theOtherParticipantNeverSeesThemOnAnyPageOrDocument() throws Exception {
		long id = heldWithPietersNote().value();
		for (String page : List.of("/conversations/" + id, "/conversations/" + id + "/talk", "/conversations/" + id + "/record",
				"/me/data", "/me/input", "/agreements", "/agenda", "/")) {
			mvc.perform(get(page).with(demo.as("sanne.devries")))
				.andExpect(content().string(not(containsString(SECRET))));
		}
		var pdf = mvc.perform(get("/conversations/" + id + "/record/pdf").with(demo.as("sanne.devries")))
			.andExpect(status().isOk()).andReturn();
		try (PDDocument document = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
			assertThat(new PDFTextStripper().getText(document)).doesNotContain("Sanne lijkt moe");
		}
		var own = mvc.perform(get("/conversations/" + id + "/record/pdf").with(demo.as("pieter.jansen"))).andReturn();
		try (PDDocument document = Loader.loadPDF(own.getResponse().getContentAsByteArray())) {
			assertThat(new PDFTextStripper().getText(document)).as("not in the record, also not the author's copy")
				.doesNotContain("Sanne lijkt moe");
		}
	}

	@Test
	void hrAndAdministratorsFindNeitherTheConversationNorTheNotesNorAnythingInTheirDownloads() throws Exception {
		long id = heldWithPietersNote().value();
		for (String outsider : List.of("fatima.elamrani", "jeroen.bos", "marleen.visser")) {
			mvc.perform(get("/conversations/" + id).with(demo.as(outsider))).andExpect(status().isNotFound());
			mvc.perform(post("/conversations/" + id + "/private-note").param("text", "x").with(csrf()).with(demo.as(outsider)))
				.andExpect(status().isNotFound());
		}
		for (String csv : List.of("voice", "follow-through", "pulse", "coverage")) {
			mvc.perform(get("/insights/export/" + csv + ".csv").with(demo.as("fatima.elamrani")))
				.andExpect(content().string(not(containsString(SECRET))));
			mvc.perform(get("/team/insights/export/" + csv + ".csv").with(demo.as("pieter.jansen")))
				.andExpect(content().string(not(containsString(SECRET))));
		}
	}

	@Test
	void theAuthorSeesThemOnTheConversationAndInTheirOwnExportTheOtherNot() throws Exception {
		long id = heldWithPietersNote().value();
		mvc.perform(get("/conversations/" + id).with(demo.as("pieter.jansen")))
			.andExpect(content().string(containsString(SECRET)));
		assertThat(export("pieter.jansen")).contains(SECRET);
		assertThat(export("sanne.devries")).doesNotContain(SECRET);
	}

	@Test
	void writingOnesOwnNeverTouchesTheOthersAndAStaleVersionIsAClash() throws Exception {
		ConversationId id = heldWithPietersNote();
		mvc.perform(post("/conversations/" + id.value() + "/private-note").param("text", "Van Sanne zelf")
			.with(csrf()).with(demo.as("sanne.devries"))).andExpect(status().is3xxRedirection());
		assertThat(notes.own(demo.id("pieter.jansen"), id)).map(PrivateNote::text).contains(SECRET);
		assertThat(notes.own(demo.id("sanne.devries"), id)).map(PrivateNote::text).contains("Van Sanne zelf");

		int version = notes.own(demo.id("pieter.jansen"), id).orElseThrow().version();
		notes.write(demo.id("pieter.jansen"), id, version, "Nieuwer, uit een ander tabblad");
		assertThatThrownBy(() -> notes.write(demo.id("pieter.jansen"), id, version, "Oud")).isInstanceOf(EditClash.class);
		mvc.perform(post("/conversations/" + id.value() + "/private-note").param("version", String.valueOf(version))
			.param("text", "Oud").header("HX-Request", "true").with(csrf()).with(demo.as("pieter.jansen")))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Nieuwer, uit een ander tabblad")));
		mvc.perform(post("/conversations/" + id.value() + "/private-note").param("version", String.valueOf(version + 1))
			.param("text", "y".repeat(10_001)).header("HX-Request", "true").with(csrf()).with(demo.as("pieter.jansen")))
			.andExpect(status().isUnprocessableContent());
	}

	private String export(String person) {
		StringBuilder all = new StringBuilder();
		personalData.forEach(module -> module.of(demo.id(person).value()).forEach(section -> all.append(section)));
		return all.toString();
	}

}
