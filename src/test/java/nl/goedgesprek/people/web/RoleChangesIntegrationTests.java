package nl.goedgesprek.people.web;

import java.time.Duration;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.people.Person;
import nl.goedgesprek.people.Role;
import nl.goedgesprek.people.internal.EmployeeRepository;
import nl.goedgesprek.people.internal.PersonQueries;
import nl.goedgesprek.people.internal.RoleChanges;
import nl.goedgesprek.shared.MessageRef;
import nl.goedgesprek.support.DemoUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 11, class 4: an HR adviser made herself administrator with {@code POST /admin/people/{own
 * id}/edit} and {@code admin=true}. Each test attacks a way to change roles (the form, a hand-made
 * post, the import, deactivating) and checks nothing was written. Commits for real, since the inbox is
 * filled after the commit, so it has a context and database of its own ({@code accounts}).
 */
@SpringBootTest(properties = "spring.application.name=accounts")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(DemoUsers.class)
class RoleChangesIntegrationTests {

	private static final Cookie ENGLISH = new Cookie("goedgesprek-taal", "en");

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoUsers demo;

	@Autowired
	PersonQueries queries;

	@Autowired
	EmployeeRepository employees;

	@Autowired
	RoleChanges history;

	/** The edit form as the browser posts it for this person, with the roles given. */
	private MockHttpServletRequestBuilder edit(String who, String byWhom, String... roles) {
		Person person = queries.find(demo.id(who)).orElseThrow();
		MockHttpServletRequestBuilder post = post("/admin/people/{id}/edit", person.id().value()).with(demo.as(byWhom))
			.with(csrf())
			.param("name", person.name())
			.param("email", person.email())
			.param("jobTitle", person.jobTitle())
			.param("teamId", person.teamId() == null ? "" : person.teamId().value().toString())
			.param("managerId", person.managerId() == null ? "" : person.managerId().value().toString())
			.param("employmentStart", person.employmentStart() == null ? "" : person.employmentStart().toString())
			.param("version", employees.findById(person.id().value()).orElseThrow().version().toString());
		for (String role : roles) {
			post = post.param(role, "true");
		}
		return post;
	}

	private java.util.Set<Role> rolesOf(String who) {
		return queries.find(demo.id(who)).orElseThrow().roles();
	}

	@Test
	void hrCannotMakeHerselfAdministrator() throws Exception {
		mvc.perform(edit("fatima.elamrani", "fatima.elamrani", "hr", "admin"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Je kunt je eigen rollen niet wijzigen")));

		assertThat(rolesOf("fatima.elamrani")).doesNotContain(Role.ADMIN);
		assertThat(history.of(demo.id("fatima.elamrani"))).isEmpty();
	}

	@Test
	void hrCannotMakeAnotherAdministratorAndIsToldWhyInEnglishToo() throws Exception {
		mvc.perform(edit("esra.kaya", "fatima.elamrani", "admin").cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Only an administrator can give or take away the administrator role")));

		assertThat(rolesOf("esra.kaya")).doesNotContain(Role.ADMIN);
	}

	@Test
	void theFormShowsTheAdministratorBoxOnlyToThoseWhoMayUseIt() throws Exception {
		long esra = demo.id("esra.kaya").value();
		mvc.perform(get("/admin/people/{id}/edit", esra).with(demo.as("fatima.elamrani")))
			.andExpect(content().string(allOf(containsString("name=\"hr\""), not(containsString("name=\"admin\"")))));
		mvc.perform(get("/admin/people/{id}/edit", esra).with(demo.as("jeroen.bos")))
			.andExpect(content().string(allOf(containsString("name=\"hr\""), containsString("name=\"admin\""))));
		mvc.perform(get("/admin/people/{id}/edit", demo.id("jeroen.bos").value()).with(demo.as("jeroen.bos")))
			.andExpect(content().string(allOf(not(containsString("name=\"hr\"")), not(containsString("name=\"admin\"")))));
	}

	@Test
	void hrEditingAnAdministratorLeavesTheAdministratorRoleAlone() throws Exception {
		// The form HR sees has no administrator box; its absence must not read as "take it away".
		mvc.perform(edit("jeroen.bos", "fatima.elamrani").param("_hr", "on"))
			.andExpect(status().is3xxRedirection());

		assertThat(rolesOf("jeroen.bos")).contains(Role.ADMIN);
	}

	@Test
	void hrCannotDeactivateTheLastAdministrator() throws Exception {
		EmployeeId jeroen = demo.id("jeroen.bos");
		mvc.perform(post("/admin/people/{id}/deactivate", jeroen.value()).with(demo.as("fatima.elamrani")).with(csrf())
				.param("version", employees.findById(jeroen.value()).orElseThrow().version().toString()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("problem", MessageRef.of("people.error.lastAdministrator")));

		assertThat(queries.find(jeroen).orElseThrow().active()).isTrue();
	}

	@Test
	void nobodyDeactivatesThemselves() throws Exception {
		EmployeeId fatima = demo.id("fatima.elamrani");
		mvc.perform(post("/admin/people/{id}/deactivate", fatima.value()).with(demo.as("fatima.elamrani")).with(csrf())
				.param("version", employees.findById(fatima.value()).orElseThrow().version().toString()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("problem", MessageRef.of("people.error.ownActive")));

		assertThat(queries.find(fatima).orElseThrow().active()).isTrue();
	}

	@Test
	void theImportKeepsToTheSameRules() throws Exception {
		String csv = """
				naam;email;rollen
				Fatima el Amrani;fatima.elamrani@horizon.example;HR beheerder
				Jeroen Bos;jeroen.bos@horizon.example;
				""";
		mvc.perform(multipart("/admin/import/preview")
				.file(new MockMultipartFile("file", "mensen.csv", "text/csv", csv.getBytes()))
				.with(demo.as("fatima.elamrani")).with(csrf()))
			.andExpect(content().string(allOf(containsString("Je kunt je eigen rollen niet wijzigen"),
					containsString("Alleen een beheerder kan iemand de rol beheerder geven of afnemen"))));
		mvc.perform(post("/admin/import/confirm").param("csv", csv).with(demo.as("fatima.elamrani")).with(csrf()))
			.andExpect(status().isOk());

		assertThat(rolesOf("fatima.elamrani")).doesNotContain(Role.ADMIN);
		assertThat(rolesOf("jeroen.bos")).contains(Role.ADMIN);
	}

	@Test
	void everyRoleChangeIsKeptAndThePersonSeesItOnTheirPageAndInTheirInbox() throws Exception {
		mvc.perform(edit("noor.vermeulen", "jeroen.bos", "hr").param("_admin", "on"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(edit("noor.vermeulen", "fatima.elamrani").param("_hr", "on"))
			.andExpect(status().is3xxRedirection());

		EmployeeId noor = demo.id("noor.vermeulen");
		assertThat(history.of(noor)).extracting(change -> change.role(), change -> change.granted(), change -> change.changedByName())
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Role.HR, false, "Fatima el Amrani"),
					org.assertj.core.groups.Tuple.tuple(Role.HR, true, "Jeroen Bos"));
		mvc.perform(get("/people/{id}", noor.value()).with(demo.as("noor.vermeulen")))
			.andExpect(content().string(allOf(containsString("Rol HR-adviseur gekregen"),
					containsString("Rol HR-adviseur afgenomen"), containsString("Jeroen Bos"))));
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> mvc
			.perform(get("/inbox").with(demo.as("noor.vermeulen")))
			.andExpect(content().string(allOf(containsString("Jeroen Bos gaf je de rol HR-adviseur"),
					containsString("Fatima el Amrani nam de rol HR-adviseur van je af")))));
	}

	/**
	 * Issue 12, item 5: role changes and passwords set go to the one audit trail, which administrators
	 * read and filter, and nobody else reads.
	 */
	@Test
	void theAuditTrailKeepsEveryAccessChangeForAdministratorsOnly() throws Exception {
		mvc.perform(edit("thijs.vandijk", "jeroen.bos", "hr").param("_admin", "on").param("newPassword", "Zeilboot-Aan-De-Kade"))
			.andExpect(status().is3xxRedirection());
		EmployeeId thijs = demo.id("thijs.vandijk");
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> mvc
			.perform(get("/admin/audit").param("person", String.valueOf(thijs.value())).with(demo.as("jeroen.bos")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Gaf de rol HR-adviseur"),
					containsString("Stelde een nieuw wachtwoord in"), containsString("Thijs van Dijk"),
					not(containsString("Zeilboot-Aan-De-Kade"))))));
		mvc.perform(get("/admin/audit").param("action", "ROLE_GRANTED").with(demo.as("jeroen.bos")))
			.andExpect(content().string(allOf(containsString("<td>Gaf de rol HR-adviseur</td>"),
					not(containsString("<td>Stelde een nieuw wachtwoord in</td>")))));
		for (String notAdministrator : new String[] { "fatima.elamrani", "pieter.jansen", "sanne.devries" }) {
			mvc.perform(get("/admin/audit").with(demo.as(notAdministrator))).andExpect(status().isForbidden());
		}
	}

}
