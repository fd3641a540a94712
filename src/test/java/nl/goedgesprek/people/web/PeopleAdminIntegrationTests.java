package nl.goedgesprek.people.web;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.people.internal.EmployeeRepository;
import nl.goedgesprek.people.internal.PersonQueries;
import nl.goedgesprek.support.ConversationSteps;
import nl.goedgesprek.support.DemoUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;

/**
 * The people administration as HR uses it: bad input gets a clear message in the user's language,
 * nothing typed is lost, and two people editing the same person never silently overwrite each other.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({ DemoUsers.class, ConversationSteps.class })
@Transactional
class PeopleAdminIntegrationTests {

	private static final Cookie ENGLISH = new Cookie("goedgesprek-taal", "en");

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoUsers demo;

	@Autowired
	EmployeeRepository employees;

	@Autowired
	PersonQueries queries;

	@Test
	void anIncompleteFormSaysWhatIsWrongInDutchAndKeepsWhatWasTyped() throws Exception {
		mvc.perform(post("/admin/people/new").with(demo.as("fatima.elamrani")).with(csrf())
				.param("name", "").param("email", "niet-een-adres").param("jobTitle", "Klantadviseur"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Vul een naam in."),
					containsString("Vul een geldig e-mailadres in"), containsString("value=\"niet-een-adres\""),
					containsString("value=\"Klantadviseur\""))));
	}

	@Test
	void theSameMessagesInEnglish() throws Exception {
		mvc.perform(post("/admin/people/new").with(demo.as("fatima.elamrani")).with(csrf()).cookie(ENGLISH)
				.param("name", "").param("email", "x"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Enter a name."), containsString("Enter a valid email"))));
	}

	@Test
	void anEmailInUseIsShownNextToTheField() throws Exception {
		mvc.perform(post("/admin/people/new").with(demo.as("fatima.elamrani")).with(csrf())
				.param("name", "Tweede Sanne").param("email", "Sanne.deVries@horizon.example"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Dit e-mailadres is al in gebruik"),
					containsString("value=\"Tweede Sanne\""))));
	}

	@Test
	void addingAPersonLeadsToTheirPage() throws Exception {
		mvc.perform(post("/admin/people/new").with(demo.as("fatima.elamrani")).with(csrf())
				.param("name", "Nina Vos").param("email", "nina.vos@horizon.example")
				.param("managerId", demo.id("pieter.jansen").toString()))
			.andExpect(redirectedUrlPattern("/people/*"));
		assertThat(queries.reportsOf(demo.id("pieter.jansen"))).extracting(p -> p.name()).contains("Nina Vos");
	}

	@Test
	void aStaleEditKeepsTheTypedValuesAndShowsWhatIsStoredNow() throws Exception {
		EmployeeId sanne = demo.id("sanne.devries");
		Integer opened = employees.findById(sanne.value()).orElseThrow().version();
		mvc.perform(post("/admin/people/{id}/edit", sanne.value()).with(demo.as("jeroen.bos")).with(csrf())
				.param("name", "Sanne de Vries").param("email", "sanne.devries@horizon.example")
				.param("jobTitle", "Senior klantadviseur").param("version", opened.toString()))
			.andExpect(status().is3xxRedirection());

		mvc.perform(post("/admin/people/{id}/edit", sanne.value()).with(demo.as("fatima.elamrani")).with(csrf())
				.param("name", "Sanne de Vries").param("email", "sanne.devries@horizon.example")
				.param("jobTitle", "Teamcoach").param("version", opened.toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Iemand anders heeft dit intussen gewijzigd"),
					containsString("value=\"Teamcoach\""), containsString("Senior klantadviseur"))));

		assertThat(queries.find(sanne).orElseThrow().jobTitle()).isEqualTo("Senior klantadviseur");
	}

	@Test
	void theSearchAnswersHtmxWithTheResultsOnly() throws Exception {
		var fatima = demo.as("fatima.elamrani");
		mvc.perform(get("/admin/people").param("q", "sanne").with(fatima).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"results\""), containsString("Sanne de Vries"),
					not(containsString("<html")), not(containsString("Bram Dekker")))));
		mvc.perform(get("/admin/people").param("q", "sanne").with(fatima))
			.andExpect(content().string(allOf(containsString("<html"), containsString("id=\"results\""))));
	}

	/** At 20,000 people the list comes in pages of fifty; an address past the end shows the last page. */
	@Test
	void theListComesInPages(@Autowired org.springframework.jdbc.core.JdbcTemplate jdbc) throws Exception {
		for (int i = 0; i < 60; i++) {
			jdbc.update("insert into employee (version, name, email, active) values (0, ?, ?, true)",
					String.format("Paginatest %02d", i), "paginatest" + i + "@horizon.example");
		}
		var fatima = demo.as("fatima.elamrani");
		var first = page(mvc.perform(get("/admin/people").param("q", "paginatest").with(fatima)).andReturn());
		assertThat(first.total()).isEqualTo(60);
		assertThat(first.items()).hasSize(50).first().satisfies(p -> assertThat(p.name()).isEqualTo("Paginatest 00"));
		var second = mvc.perform(get("/admin/people").param("q", "paginatest").param("page", "1").with(fatima)).andReturn();
		assertThat(page(second).items()).extracting(p -> p.name()).hasSize(10).first().isEqualTo("Paginatest 50");
		assertThat(second.getResponse().getContentAsString()).contains("51–60 van 60", "Vorige").doesNotContain("Volgende");
		var beyond = page(mvc.perform(get("/admin/people").param("q", "paginatest").param("page", "99").with(fatima)).andReturn());
		assertThat(beyond.page()).isEqualTo(1);
		assertThat(beyond.items()).hasSize(10);
	}

	@SuppressWarnings("unchecked")
	private static nl.goedgesprek.shared.Page<nl.goedgesprek.people.Person> page(org.springframework.test.web.servlet.MvcResult result) {
		return (nl.goedgesprek.shared.Page<nl.goedgesprek.people.Person>) result.getModelAndView().getModel().get("found");
	}

	@Test
	void aBadImportFileImportsNothingAndSaysWhichRowsAndWhy() throws Exception {
		long before = employees.count();
		MockMultipartFile file = new MockMultipartFile("file", "mensen.csv", "text/csv", """
				naam;email;team
				Nina Vos;nina.vos@horizon.example;Klantcontact
				;leeg@horizon.example;Klantcontact
				""".getBytes());
		mvc.perform(multipart("/admin/import/preview").file(file).with(demo.as("fatima.elamrani")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Er is niets geïmporteerd"),
					containsString("De naam ontbreekt."), not(containsString("mensen importeren</button>")))));

		mvc.perform(post("/admin/import/confirm").with(demo.as("fatima.elamrani")).with(csrf())
				.param("csv", "naam;email\n;leeg@horizon.example\n"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Er is niets geïmporteerd")));
		assertThat(employees.count()).isEqualTo(before);
	}

	@Test
	void aGoodImportFileIsPreviewedThenImported() throws Exception {
		String csv = "naam,email,team,leidinggevende\nNina Vos,nina.vos@horizon.example,Klantcontact,pieter.jansen@horizon.example\n";
		mvc.perform(multipart("/admin/import/preview")
				.file(new MockMultipartFile("file", "mensen.csv", "text/csv", csv.getBytes()))
				.with(demo.as("fatima.elamrani")).with(csrf()))
			.andExpect(content().string(allOf(containsString("Geen fouten gevonden"), containsString("1 persoon importeren"))));

		mvc.perform(post("/admin/import/confirm").with(demo.as("fatima.elamrani")).with(csrf()).param("csv", csv))
			.andExpect(redirectedUrlPattern("/admin/people*"));
		assertThat(queries.reportsOf(demo.id("pieter.jansen"))).extracting(p -> p.name()).contains("Nina Vos");
	}

}
