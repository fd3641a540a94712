package nl.goedgesprek.shell.web;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import nl.goedgesprek.people.Person;
import nl.goedgesprek.people.internal.EmployeeRepository;
import nl.goedgesprek.people.internal.PersonQueries;
import nl.goedgesprek.support.DemoUsers;
import nl.goedgesprek.support.SessionCookies;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 11: sessions survived an HR password change, so whoever knew the old password stayed in. Two
 * sessions of the same person, a password change by HR, and both are out at their next click. Commits
 * for real (sessions end after the commit): shares the {@code accounts} context with the role tests.
 */
@SpringBootTest(properties = "spring.application.name=accounts")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(DemoUsers.class)
class PasswordChangeSessionsIntegrationTests {

	private static final String YOUSSEF = "youssef.amrani@horizon.example";

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoUsers demo;

	@Autowired
	PersonQueries queries;

	@Autowired
	EmployeeRepository employees;

	private Cookie signIn(String password) throws Exception {
		return SessionCookies.from(mvc.perform(formLogin("/login").user(YOUSSEF).password(password))
			.andExpect(authenticated())
			.andReturn());
	}

	@Test
	void aPasswordChangeEndsThePersonsOtherSessions() throws Exception {
		Cookie laptop = signIn("goedgesprek");
		Cookie phone = signIn("goedgesprek");
		mvc.perform(get("/").cookie(laptop)).andExpect(status().isOk());

		Person youssef = queries.find(demo.id("youssef.amrani")).orElseThrow();
		mvc.perform(post("/admin/people/{id}/edit", youssef.id().value()).with(demo.as("fatima.elamrani")).with(csrf())
				.param("name", youssef.name()).param("email", youssef.email()).param("jobTitle", youssef.jobTitle())
				.param("teamId", youssef.teamId().value().toString())
				.param("managerId", youssef.managerId().value().toString())
				.param("newPassword", "fiets naar de zee om zeven")
				.param("version", employees.findById(youssef.id().value()).orElseThrow().version().toString()))
			.andExpect(status().is3xxRedirection());

		mvc.perform(get("/").cookie(laptop)).andExpect(redirectedUrl("/login?expired"));
		mvc.perform(get("/inbox").header("HX-Request", "true").cookie(phone))
			.andExpect(header().string("HX-Redirect", "/login?expired"));
		mvc.perform(get("/login").param("expired", "")).andExpect(content().string(containsString("je wachtwoord is gewijzigd")));
		mvc.perform(formLogin("/login").user(YOUSSEF).password("goedgesprek")).andExpect(unauthenticated());
		signIn("fiets naar de zee om zeven");
	}

	@Test
	void hrCannotSetAWeakPassword() throws Exception {
		Person femke = queries.find(demo.id("lisa.hendriks")).orElseThrow();
		for (String[] weak : new String[][] { { "kort", "minstens 10 tekens" }, { "Welkom2024!", "te bekend" },
				{ "Goed abcdef gesprek", "te makkelijk te raden" } }) {
			mvc.perform(post("/admin/people/{id}/edit", femke.id().value()).with(demo.as("fatima.elamrani")).with(csrf())
					.param("name", femke.name()).param("email", femke.email())
					.param("newPassword", weak[0])
					.param("version", employees.findById(femke.id().value()).orElseThrow().version().toString()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(weak[1])));
		}
		mvc.perform(formLogin("/login").user("lisa.hendriks@horizon.example").password("goedgesprek"))
			.andExpect(authenticated());
	}

}
