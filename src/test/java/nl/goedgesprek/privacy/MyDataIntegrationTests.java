package nl.goedgesprek.privacy;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

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
import org.springframework.test.web.servlet.MockMvc;

import nl.goedgesprek.conversations.ConversationId;
import nl.goedgesprek.conversations.internal.PreparationDraft;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.privacy.internal.EverythingAboutYou;
import nl.goedgesprek.privacy.internal.ExportFiles;
import nl.goedgesprek.privacy.internal.PersonalExports;
import nl.goedgesprek.support.ConversationSteps;
import nl.goedgesprek.support.DemoUsers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Everything about me (issue 13, item 1): the page, the JSON and the PDF hold what the person may
 * see and nothing of the other side's unshared draft; the export is built in the background, its
 * state and file are in the database, only its owner reaches it, a download is audited, a dead build
 * is stale and an expired file is gone. Commits for real (a background thread builds), so it has a
 * database of its own.
 */
@SpringBootTest(properties = "spring.application.name=mydata")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({ DemoUsers.class, ConversationSteps.class })
class MyDataIntegrationTests {

	static final String DRAFT = "Pieters schets die Sanne nooit zag";

	static final String OWN = "Sannes eigen woorden over haar jaar";

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoUsers demo;

	@Autowired
	ConversationSteps steps;

	@Autowired
	PersonalExports exports;

	@Autowired
	EverythingAboutYou everything;

	@Autowired
	ExportFiles files;

	@Autowired
	JdbcClient jdbc;

	EmployeeId sanne;

	EmployeeId pieter;

	@BeforeEach
	void people() {
		sanne = demo.id("sanne.devries");
		pieter = demo.id("pieter.jansen");
	}

	private static PreparationDraft appreciation(String text) {
		return new PreparationDraft(Map.of(), Map.of(), List.of(), text);
	}

	/** Starts an export as the person through the page's form, waits until it is ready, and returns its id. */
	private long exportAs(String who) throws Exception {
		EmployeeId person = demo.id(who);
		mvc.perform(post("/me/data/export").with(demo.as(who)).with(csrf()).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("role=\"status\"")));
		long id = exports.latest(person).orElseThrow().id();
		await().atMost(Duration.ofSeconds(60)).until(() -> exports.find(person, id).orElseThrow().ready());
		return id;
	}

	private Map<String, byte[]> unzip(byte[] zip) throws Exception {
		Map<String, byte[]> entries = new HashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
				entries.put(entry.getName(), in.readAllBytes());
			}
		}
		return entries;
	}

	private Map<String, byte[]> download(String who, long id) throws Exception {
		byte[] zip = mvc.perform(get("/me/data/export/{id}/download", id).with(demo.as(who)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/zip"))
			.andExpect(header().string("Cache-Control", "no-store"))
			.andReturn().getResponse().getContentAsByteArray();
		return unzip(zip);
	}

	private static String pdfText(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	@Test
	void theOtherSidesUnsharedDraftIsNowhereUntilItIsShared() throws Exception {
		ConversationId planned = steps.plan(sanne, pieter, LocalDateTime.now().plusDays(5));
		steps.saveDraft(pieter, planned, appreciation(DRAFT));
		steps.share(sanne, planned, appreciation(OWN));

		mvc.perform(get("/me/data").with(demo.as("sanne.devries")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(OWN)))
			.andExpect(content().string(not(containsString(DRAFT))))
			.andExpect(content().string(containsString("Wat hier niet staat")));
		Map<String, byte[]> before = download("sanne.devries", exportAs("sanne.devries"));
		String json = new String(before.get(ExportFiles.JSON_NAME), java.nio.charset.StandardCharsets.UTF_8);
		assertThat(json).contains(OWN).doesNotContain(DRAFT);
		assertThat(pdfText(before.get(ExportFiles.PDF_NAME))).contains("Sannes eigen woorden").doesNotContain("Pieters schets");
		// his own draft is his: he sees it in his own export
		assertThat(JSON.writeValueAsString(everything.of(pieter).sections())).contains(DRAFT);

		steps.share(pieter, planned);
		mvc.perform(get("/me/data").with(demo.as("sanne.devries"))).andExpect(content().string(containsString(DRAFT)));
		Map<String, byte[]> after = download("sanne.devries", exportAs("sanne.devries"));
		assertThat(new String(after.get(ExportFiles.JSON_NAME), java.nio.charset.StandardCharsets.UTF_8)).contains(DRAFT);
		assertThat(pdfText(after.get(ExportFiles.PDF_NAME))).contains("Pieters schets");
	}

	@Test
	void theZipHoldsAReadablePdfAndJsonWithEverySectionStableNamesAndIsoDates() throws Exception {
		ConversationId held = steps.held(sanne, pieter, appreciation(OWN), id -> {
		});
		Map<String, byte[]> zip = download("sanne.devries", exportAs("sanne.devries"));
		assertThat(zip).containsOnlyKeys(ExportFiles.PDF_NAME, ExportFiles.JSON_NAME);

		JsonNode root = JSON.readTree(zip.get(ExportFiles.JSON_NAME));
		assertThat(root.get("format").asString()).isEqualTo("goedgesprek-personal-data");
		assertThat(root.get("formatVersion").asInt()).isEqualTo(ExportFiles.FORMAT_VERSION);
		assertThat(Instant.parse(root.get("compiledAt").asString())).isBeforeOrEqualTo(Instant.now());
		assertThat(root.get("person").get("id").asLong()).isEqualTo(sanne.value());
		JsonNode sections = root.get("sections");
		for (String category : everything.categories()) {
			assertThat(sections.has(category)).as(category).isTrue();
			assertThat(sections.get(category).isArray()).as(category).isTrue();
		}
		assertThat(sections.get("profile").get(0).get("email").asString()).isEqualTo("sanne.devries@horizon.example");
		LocalDate.parse(sections.get("profile").get(0).get("employmentStart").asString());
		JsonNode conversation = null;
		for (JsonNode each : sections.get("conversations")) {
			if (each.get("id").asLong() == held.value()) {
				conversation = each;
			}
		}
		assertThat(conversation).as("the held conversation").isNotNull();
		assertThat(conversation.get("status").asString()).isEqualTo("HELD");
		Instant.parse(conversation.get("closedAt").asString());
		assertThat(conversation.get("preparations")).hasSize(2);
		assertThat(conversation.get("acknowledgements").isArray()).isTrue();
		// another person's private data is not in it: Pieter's e-mail address appears nowhere
		assertThat(new String(zip.get(ExportFiles.JSON_NAME), java.nio.charset.StandardCharsets.UTF_8))
			.doesNotContain("pieter.jansen@horizon.example");

		String pdf = pdfText(zip.get(ExportFiles.PDF_NAME));
		assertThat(pdf).contains("Alles wat over jou is vastgelegd", "Sanne de Vries", "Gesprekken", "Wat hier niet staat",
				"Wie heeft jouw gegevens bekeken");
	}

	@Test
	void onlyThePersonThemselfReachesTheirExportWhateverIdIsTried() throws Exception {
		long id = exportAs("sanne.devries");
		for (String other : List.of("pieter.jansen", "fatima.elamrani", "jeroen.bos", "marleen.visser")) {
			mvc.perform(get("/me/data/export/{id}", id).with(demo.as(other)).header("HX-Request", "true"))
				.andExpect(status().isNotFound());
			mvc.perform(get("/me/data/export/{id}/download", id).with(demo.as(other))).andExpect(status().isNotFound());
			// /me/data is always one's own: HR and administrators see their own, never Sanne's
			mvc.perform(get("/me/data").with(demo.as(other)))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("sanne.devries@horizon.example"))));
		}
		mvc.perform(get("/me/data/export/{id}/download", id + 1000)).andExpect(status().is3xxRedirection());
		mvc.perform(get("/me/data/export/{id}/download", id).with(demo.as("sanne.devries"))).andExpect(status().isOk());
		long admin = demo.id("jeroen.bos").value();
		mvc.perform(get("/me/data/export/{id}/download", id).with(demo.as("jeroen.bos"))).andExpect(status().isNotFound());
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc
			.sql("select count(*) from audit_event where action = 'PERSONAL_EXPORT_DOWNLOADED' and actor_id = :p and subject_id = :p")
			.param("p", sanne.value()).query(Long.class).single()).isPositive());
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'PERSONAL_EXPORT_DOWNLOADED' and actor_id = :a")
			.param("a", admin).query(Long.class).single()).isZero();
	}

	@Test
	void aBuildWhoseNodeDiedIsStaleAndCanBeStartedAgain() {
		EmployeeId marleen = demo.id("marleen.visser");
		Instant longAgo = Instant.now().minus(Duration.ofMinutes(10));
		jdbc.sql("""
				insert into personal_export (person_id, status, node, requested_at, heartbeat_at, steps_done, steps_total)
				values (:p, 'BUILDING', 'a node that died', :at, :at, 3, 9)""")
			.param("p", marleen.value()).param("at", java.sql.Timestamp.from(longAgo)).update();
		PersonalExports.Export dead = exports.latest(marleen).orElseThrow();
		assertThat(dead.broken()).isTrue();
		assertThat(dead.running()).isFalse();
		long again = exports.start(marleen, java.util.Locale.forLanguageTag("nl"));
		assertThat(again).isNotEqualTo(dead.id());
		await().atMost(Duration.ofSeconds(60)).until(() -> exports.find(marleen, again).orElseThrow().ready());
		// pressing twice while one is running builds once
		long first = exports.start(marleen, java.util.Locale.forLanguageTag("en"));
		assertThat(exports.start(marleen, java.util.Locale.forLanguageTag("en"))).isIn(first,
				exports.latest(marleen).orElseThrow().id());
	}

	@Test
	void aFinishedFileExpiresAndIsDeleted() throws Exception {
		long id = exportAs("pieter.jansen");
		jdbc.sql("update personal_export set expires_at = :past where id = :id")
			.param("past", java.sql.Timestamp.from(Instant.now().minusSeconds(1))).param("id", id).update();
		mvc.perform(get("/me/data/export/{id}/download", id).with(demo.as("pieter.jansen"))).andExpect(status().isNotFound());
		assertThat(exports.deleteExpired()).isPositive();
		assertThat(jdbc.sql("select count(*) from personal_export where id = :id").param("id", id).query(Long.class).single())
			.isZero();
	}

	@Test
	void thePageAndRegisterFollowTheAccessRules() throws Exception {
		mvc.perform(get("/me/data")).andExpect(status().is3xxRedirection());
		for (String allowed : List.of("fatima.elamrani", "jeroen.bos")) {
			mvc.perform(get("/admin/privacy/register").with(demo.as(allowed)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Verwerkingsregister")))
				.andExpect(content().string(containsString("Gesprekken")))
				.andExpect(content().string(containsString("/admin/privacy/retention")));
			mvc.perform(get("/admin/privacy/register/pdf").with(demo.as(allowed)))
				.andExpect(status().isOk())
				.andExpect(header().string("Content-Type", "application/pdf"));
		}
		for (String refused : List.of("sanne.devries", "pieter.jansen", "marleen.visser")) {
			mvc.perform(get("/admin/privacy/register").with(demo.as(refused))).andExpect(status().isForbidden());
			mvc.perform(get("/admin/privacy/register/pdf").with(demo.as(refused))).andExpect(status().isForbidden());
		}
	}

}
