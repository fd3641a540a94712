package nl.goedgesprek.development;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

import nl.goedgesprek.people.Person;
import nl.goedgesprek.support.ConversationSteps;
import nl.goedgesprek.support.DemoUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Choosing whom to appreciate in an organisation of thousands: never a list of everyone, the people
 * around you first, a name search with a limit, never yourself, never someone who left.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({ DemoUsers.class, ConversationSteps.class })
@Transactional
class AppreciationRecipientIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoUsers demo;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void withoutANameThePeopleAroundYouAreOffered() throws Exception {
		var lotte = demo.id("lotte.bakker");
		List<Person> offered = candidates(get("/appreciation/new"), "lotte.bakker");
		Long team = jdbc.queryForObject("select team_id from employee where id = ?", Long.class, lotte.value());
		Long manager = jdbc.queryForObject("select manager_id from employee where id = ?", Long.class, lotte.value());
		List<Long> around = jdbc.queryForList("""
				select id from employee where active = true and id <> ? and (team_id = ? or id = ? or manager_id = ?)""",
				Long.class, lotte.value(), team, manager, lotte.value());
		assertThat(offered).extracting(person -> person.id().value()).containsExactlyInAnyOrderElementsOf(around);
		assertThat(offered).extracting(Person::name).isSorted();
	}

	@Test
	void aNameSearchShowsAtMostTwentyAndSaysThereAreMore() throws Exception {
		for (int i = 0; i < 30; i++) {
			jdbc.update("insert into employee (version, name, email, active) values (0, ?, ?, true)", "Zoekbaar Persoon " + i,
					"zoekbaar" + i + "@horizon.example");
		}
		jdbc.update("insert into employee (version, name, email, active) values (0, 'Zoekbaar Vertrokken', 'weg@horizon.example', false)");
		MvcResult page = mvc.perform(get("/appreciation/new").param("q", "  zoekBAAR ").with(demo.as("lotte.bakker")))
			.andExpect(status().isOk())
			.andReturn();
		List<Person> offered = candidatesOf(page);
		assertThat(offered).hasSize(20).allMatch(person -> person.name().startsWith("Zoekbaar Persoon"));
		assertThat(page.getModelAndView().getModel().get("more")).isEqualTo(true);
		assertThat(page.getResponse().getContentAsString()).contains("Hier staan de eerste 20");

		assertThat(candidates(get("/appreciation/new").param("q", "Vertrokken"), "lotte.bakker")).as("nobody who left")
			.isEmpty();
		assertThat(candidates(get("/appreciation/new").param("q", "Lotte"), "lotte.bakker")).as("never yourself").isEmpty();
		assertThat(candidates(get("/appreciation/new").param("q", "daan"), "lotte.bakker")).extracting(Person::name)
			.containsExactly("Daan Smit");
	}

	@Test
	void yourselfOrSomeoneWhoLeftCannotBeChosenByAddress() throws Exception {
		var lotte = demo.id("lotte.bakker");
		MvcResult self = mvc.perform(get("/appreciation/new").param("for", String.valueOf(lotte.value()))
			.with(demo.as("lotte.bakker"))).andExpect(status().isOk()).andReturn();
		assertThat(self.getModelAndView().getModel()).doesNotContainKey("chosen").containsKey("candidates");
		jdbc.update("insert into employee (version, name, email, active) values (0, 'Oud Collega', 'oud@horizon.example', false)");
		long gone = jdbc.queryForObject("select id from employee where email = 'oud@horizon.example'", Long.class);
		MvcResult left = mvc.perform(get("/appreciation/new").param("for", String.valueOf(gone))
			.with(demo.as("lotte.bakker"))).andExpect(status().isOk()).andReturn();
		assertThat(left.getModelAndView().getModel()).doesNotContainKey("chosen");
		MvcResult daan = mvc.perform(get("/appreciation/new").param("for", String.valueOf(demo.id("daan.smit").value()))
			.with(demo.as("lotte.bakker"))).andExpect(status().isOk()).andReturn();
		assertThat(((Person) daan.getModelAndView().getModel().get("chosen")).name()).isEqualTo("Daan Smit");
		assertThat(daan.getResponse().getContentAsString()).contains("Iemand anders kiezen").doesNotContain("id=\"q\"");
	}

	private List<Person> candidates(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			String user) throws Exception {
		return candidatesOf(mvc.perform(request.with(demo.as(user))).andExpect(status().isOk()).andReturn());
	}

	@SuppressWarnings("unchecked")
	private static List<Person> candidatesOf(MvcResult page) {
		return (List<Person>) page.getModelAndView().getModel().get("candidates");
	}

}
