package nl.goedgesprek.people.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.people.Person;
import nl.goedgesprek.people.internal.EmployeeRepository;
import nl.goedgesprek.people.internal.PeopleManagement;
import nl.goedgesprek.people.internal.PersonDetails;
import nl.goedgesprek.people.internal.PersonQueries;
import nl.goedgesprek.support.ConversationSteps;
import nl.goedgesprek.support.DemoUsers;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
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
 * Tries to break every access rule about people through the web, as a curious user would: by guessing
 * URLs and ids of other teams, by keeping a session after losing a role, by posting without a token.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({ DemoUsers.class, ConversationSteps.class })
class PeopleAccessIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoUsers demo;

	@Autowired
	PersonQueries queries;

	@Autowired
	PeopleManagement management;

	@Autowired
	EmployeeRepository employees;

	private String profileOf(String localPart) {
		return "/people/" + demo.id(localPart);
	}

	@Test
	void strangersAreSentToSignIn() throws Exception {
		mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
		mvc.perform(get(profileOf("sanne.devries"))).andExpect(redirectedUrl("/login"));
	}

	@Test
	void anHtmxRequestWithoutSessionRefreshesThePageInsteadOfSwappingInTheLoginForm() throws Exception {
		mvc.perform(get("/admin/people").header("HX-Request", "true"))
			.andExpect(header().string("HX-Refresh", "true"));
	}

	@Test
	void anEmployeeSeesThemselfAndTheirManagerAndNobodyElse() throws Exception {
		var sanne = demo.as("sanne.devries");
		mvc.perform(get(profileOf("sanne.devries")).with(sanne)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Sanne de Vries")));
		mvc.perform(get(profileOf("pieter.jansen")).with(sanne)).andExpect(status().isOk());
		mvc.perform(get(profileOf("lotte.bakker")).with(sanne)).andExpect(status().isNotFound());
		mvc.perform(get(profileOf("marleen.visser")).with(sanne)).andExpect(status().isNotFound());
		mvc.perform(get(profileOf("bram.dekker")).with(sanne)).andExpect(status().isNotFound());
	}

	@Test
	void guessingIdsTellsNothing() throws Exception {
		var sanne = demo.as("sanne.devries");
		String forbidden = mvc.perform(get(profileOf("bram.dekker")).with(sanne).accept("text/html"))
			.andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
		String missing = mvc.perform(get("/people/987654").with(sanne).accept("text/html"))
			.andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
		mvc.perform(get("/people/not-a-number").with(sanne)).andExpect(status().is4xxClientError());
		org.assertj.core.api.Assertions.assertThat(forbidden).isEqualTo(missing).doesNotContain("Bram");
	}

	@Test
	void aManagerSeesTheirOwnReportsOnly() throws Exception {
		var pieter = demo.as("pieter.jansen");
		mvc.perform(get(profileOf("sanne.devries")).with(pieter)).andExpect(status().isOk());
		mvc.perform(get(profileOf("bram.dekker")).with(pieter)).andExpect(status().isNotFound());
		mvc.perform(get(profileOf("eva.koster")).with(pieter)).andExpect(status().isNotFound());
		mvc.perform(get("/team").with(pieter)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Sanne de Vries")))
			.andExpect(content().string(not(containsString("Bram Dekker"))));
	}

	@Test
	void aManagersManagerDoesNotSeeTheTeamBelowByRank() throws Exception {
		var marleen = demo.as("marleen.visser");
		mvc.perform(get(profileOf("pieter.jansen")).with(marleen)).andExpect(status().isOk());
		mvc.perform(get(profileOf("sanne.devries")).with(marleen)).andExpect(status().isNotFound());
	}

	@Test
	void employeesAndManagersCannotReachThePeopleAdministration() throws Exception {
		for (String who : new String[] { "sanne.devries", "pieter.jansen", "marleen.visser" }) {
			mvc.perform(get("/admin/people").with(demo.as(who))).andExpect(status().isForbidden());
			mvc.perform(get("/admin/import").with(demo.as(who))).andExpect(status().isForbidden());
			mvc.perform(post("/admin/teams/new").with(demo.as(who)).with(csrf()).param("name", "Sneaky"))
				.andExpect(status().isForbidden());
		}
	}

	@Test
	void hrManagesPeopleButNotTheOrganisationSettings() throws Exception {
		var fatima = demo.as("fatima.elamrani");
		mvc.perform(get("/admin/people").with(fatima)).andExpect(status().isOk());
		mvc.perform(get(profileOf("bram.dekker")).with(fatima)).andExpect(status().isOk());
		mvc.perform(get("/admin/organisation").with(fatima)).andExpect(status().isForbidden());
		mvc.perform(post("/admin/organisation").with(fatima).with(csrf()).param("name", "Overgenomen"))
			.andExpect(status().isForbidden());
	}

	@Test
	void administratorsManageTheOrganisation() throws Exception {
		mvc.perform(get("/admin/organisation").with(demo.as("jeroen.bos"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Stichting De Horizon")));
	}

	@Test
	void aFormWithoutItsCsrfTokenIsRefused() throws Exception {
		mvc.perform(post("/admin/teams/new").with(demo.as("jeroen.bos")).param("name", "Zonder token"))
			.andExpect(status().isForbidden());
	}

	@Test
	@Transactional
	void aRoleTakenAwayCountsFromTheNextClickNotTheNextSignIn() throws Exception {
		var stillSignedIn = demo.as("fatima.elamrani");
		EmployeeId fatima = demo.id("fatima.elamrani");
		Person person = queries.find(fatima).orElseThrow();
		management.update(demo.id("jeroen.bos"), fatima, employees.findById(fatima.value()).orElseThrow().version(),
				new PersonDetails(person.name(), person.email(), person.jobTitle(), person.teamId(),
						person.employmentStart(), null, java.util.Set.of()),
				person.managerId(), null);

		mvc.perform(get("/admin/people").with(stillSignedIn)).andExpect(status().isForbidden());
	}

	@Test
	void theDemoPasswordSignsIn() throws Exception {
		mvc.perform(formLogin("/login").user("sanne.devries@horizon.example").password("goedgesprek"))
			.andExpect(authenticated());
		mvc.perform(formLogin("/login").user("sanne.devries@horizon.example").password("wrong"))
			.andExpect(unauthenticated());
	}

	@Test
	@Transactional
	void aDeactivatedPersonCannotSignIn() throws Exception {
		EmployeeId kevin = demo.id("kevin.deboer");
		management.deactivate(demo.id("jeroen.bos"), kevin, employees.findById(kevin.value()).orElseThrow().version());

		mvc.perform(formLogin("/login").user("kevin.deboer@horizon.example").password("goedgesprek"))
			.andExpect(unauthenticated());
	}

}
