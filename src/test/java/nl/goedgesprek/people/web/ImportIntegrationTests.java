package nl.goedgesprek.people.web;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

import nl.goedgesprek.people.Person;
import nl.goedgesprek.people.Role;
import nl.goedgesprek.people.internal.EmployeeRepository;
import nl.goedgesprek.people.internal.PersonQueries;
import nl.goedgesprek.support.ConversationSteps;
import nl.goedgesprek.support.DemoUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The people import attacked as a careless HR adviser would: a file from Excel in Windows-1252, a file
 * with only some columns, cells too long for the database, a file that is no text at all.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({ DemoUsers.class, ConversationSteps.class })
@Transactional
class ImportIntegrationTests {

	private static final Cookie ENGLISH = new Cookie("goedgesprek-taal", "en");

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoUsers demo;

	@Autowired
	PersonQueries queries;

	@Autowired
	EmployeeRepository employees;

	@Test
	void aWindows1252FileIsReadAsSuchSaidSoAndImportedWithItsAccents() throws Exception {
		byte[] latin1 = "naam;email\nRené Müller;rene.muller@horizon.example\n".getBytes(Charset.forName("windows-1252"));

		MvcResult preview = preview(latin1);

		assertThat(page(preview)).contains("René Müller", "Dit bestand is niet in UTF-8; gelezen als Windows-1252")
			.doesNotContain("\uFFFD");
		confirm(textSentBack(preview)).andExpect(redirectedUrlPattern("/admin/people*"));
		assertThat(employees.findByEmail("rene.muller@horizon.example")).hasValueSatisfying(
				employee -> assertThat(employee.name()).isEqualTo("René Müller"));
	}

	@Test
	void aReplacementCharacterInTheFileIsARowErrorAndNeverImported() throws Exception {
		String mangled = "naam;email\nRen\uFFFD M\uFFFDller;rene.muller@horizon.example\n";

		assertThat(page(preview(mangled.getBytes(StandardCharsets.UTF_8)))).contains("Er is niets geïmporteerd",
				"onleesbaar teken");
		assertThat(page(confirm(mangled).andExpect(status().isOk()).andReturn())).contains("Er is niets geïmporteerd");
		assertThat(employees.findByEmail("rene.muller@horizon.example")).isEmpty();
	}

	@Test
	void aFileThatIsNoTextSaysWhichEncodingToUseInTheUsersLanguage() throws Exception {
		byte[] utf16 = "naam;email\nRené;rene@horizon.example\n".getBytes(StandardCharsets.UTF_16);

		assertThat(page(preview(utf16))).contains("Er is niets geïmporteerd", "CSV UTF-8 (door komma&#39;s gescheiden)");
		String english = page(mvc.perform(multipart("/admin/import/preview").file(file(utf16)).cookie(ENGLISH)
				.with(demo.as("fatima.elamrani")).with(csrf())).andReturn());
		assertThat(english).contains("CSV UTF-8 (Comma delimited)");
	}

	@Test
	void aFileWithOnlyNameAndEmailLeavesJobTitleTeamManagerAndRolesAsTheyAre() throws Exception {
		Person sanne = queries.find(demo.id("sanne.devries")).orElseThrow();
		Person fatima = queries.find(demo.id("fatima.elamrani")).orElseThrow();
		assertThat(sanne.jobTitle()).isNotNull();
		assertThat(sanne.teamId()).isNotNull();
		assertThat(sanne.managerId()).isNotNull();

		confirm(namesAndEmails(sanne, fatima)).andExpect(redirectedUrlPattern("/admin/people*"));

		Person after = queries.find(sanne.id()).orElseThrow();
		assertThat(after.jobTitle()).isEqualTo(sanne.jobTitle());
		assertThat(after.teamId()).isEqualTo(sanne.teamId());
		assertThat(after.managerId()).isEqualTo(sanne.managerId());
		assertThat(after.employmentStart()).isEqualTo(sanne.employmentStart());
		assertThat(queries.find(fatima.id()).orElseThrow().roles()).contains(Role.HR);
	}

	@Test
	void thePreviewOfAFileWithOnlyNameAndEmailSaysNothingChanges() throws Exception {
		Person sanne = queries.find(demo.id("sanne.devries")).orElseThrow();
		Person fatima = queries.find(demo.id("fatima.elamrani")).orElseThrow();

		assertThat(page(preview(namesAndEmails(sanne, fatima).getBytes(StandardCharsets.UTF_8))))
			.contains("Bijwerken", "Niets verandert.").doesNotContain("wordt leeggemaakt");
	}

	private static String namesAndEmails(Person... people) {
		StringBuilder csv = new StringBuilder("naam;email\n");
		for (Person person : people) {
			csv.append(person.name()).append(';').append(person.email()).append('\n');
		}
		return csv.toString();
	}

	@Test
	void anEmptyCellInAColumnTheFileHasClearsItAndThePreviewSaysSoFirst() throws Exception {
		Person sanne = queries.find(demo.id("sanne.devries")).orElseThrow();
		String csv = "naam;email;functie;team\n" + sanne.name() + ";" + sanne.email() + ";;Nieuw team\n";

		assertThat(page(preview(csv.getBytes(StandardCharsets.UTF_8)))).contains("1 regel maakt opgeslagen gegevens leeg",
				"Functie", sanne.jobTitle(), "wordt leeggemaakt", sanne.teamName() + "</span>", "Nieuw team");
		confirm(csv).andExpect(redirectedUrlPattern("/admin/people*"));

		Person after = queries.find(sanne.id()).orElseThrow();
		assertThat(after.jobTitle()).isNull();
		assertThat(after.teamName()).isEqualTo("Nieuw team");
		assertThat(after.managerId()).isEqualTo(sanne.managerId());
	}

	@Test
	void valuesLongerThanTheirColumnAreRowErrorsInThePreviewAndNeverA500OnConfirm() throws Exception {
		String csv = "naam;email;functie;team;in_dienst\n"
				+ "x".repeat(201) + ";lang1@horizon.example;;;\n"
				+ "Lang Adres;" + "a".repeat(243) + "@horizon.example;;;\n"
				+ "Lange Functie;lang3@horizon.example;" + "f".repeat(121) + ";;\n"
				+ "Lang Team;lang4@horizon.example;;" + "t".repeat(121) + ";\n"
				+ "Verre Toekomst;lang5@horizon.example;;;1-1-999999\n";
		long before = employees.count();

		String page = page(preview(csv.getBytes(StandardCharsets.UTF_8)));
		assertThat(page).contains("5 regels bevatten fouten", "De naam is langer dan 200 tekens",
				"geen geldig e-mailadres", "De functie is langer dan 120 tekens", "De teamnaam is langer dan 120 tekens",
				"geen geldige datum in dienst");
		assertThat(page(confirm(csv).andExpect(status().isOk()).andReturn())).contains("Er is niets geïmporteerd");
		assertThat(employees.count()).isEqualTo(before);
	}

	@Test
	void valuesExactlyAsLongAsTheirColumnAreImported() throws Exception {
		String csv = "naam;email;functie;team\n" + "n".repeat(200) + ";" + "a".repeat(237) + "@horizon.example;"
				+ "f".repeat(120) + ";" + "t".repeat(120) + "\n";

		assertThat(page(preview(csv.getBytes(StandardCharsets.UTF_8)))).contains("Geen fouten gevonden");
		confirm(csv).andExpect(redirectedUrlPattern("/admin/people*"));
	}

	private MvcResult preview(byte[] bytes) throws Exception {
		return mvc.perform(multipart("/admin/import/preview").file(file(bytes)).with(demo.as("fatima.elamrani"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn();
	}

	private org.springframework.test.web.servlet.ResultActions confirm(String csv) throws Exception {
		return mvc.perform(multipart("/admin/import/confirm").param("csv", csv).with(demo.as("fatima.elamrani"))
				.with(csrf()));
	}

	private static MockMultipartFile file(byte[] bytes) {
		return new MockMultipartFile("file", "mensen.csv", "text/csv", bytes);
	}

	private static String textSentBack(MvcResult preview) {
		return (String) preview.getModelAndView().getModel().get("csv");
	}

	private static String page(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
