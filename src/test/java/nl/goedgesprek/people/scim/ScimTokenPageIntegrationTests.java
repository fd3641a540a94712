package nl.goedgesprek.people.scim;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import nl.goedgesprek.support.DemoUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The administrators' token page: a token is shown once and stored only as a hash; revoking it
 * shuts it out; only administrators reach the page, HR not.
 */
@SpringBootTest(properties = "spring.application.name=scim-tokens")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(DemoUsers.class)
class ScimTokenPageIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoUsers demo;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAdministratorSeesTheTokenOnceAndCanRevokeIt() throws Exception {
		MvcResult made = mvc.perform(post("/admin/organisation/scim").with(demo.as("jeroen.bos")).with(csrf())
			.param("name", "Entra ID productie"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String secret = (String) made.getFlashMap().get("secret");
		assertThat(secret).hasSizeGreaterThanOrEqualTo(43);
		assertThat(jdbc.sql("select token_hash from scim_token where name = 'Entra ID productie'").query(String.class).single())
			.isEqualTo(ScimTokens.hash(secret))
			.isNotEqualTo(secret);

		mvc.perform(get("/admin/organisation/scim").with(demo.as("jeroen.bos")).cookie(nl.goedgesprek.support.SessionCookies.from(made)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(secret)));
		mvc.perform(get("/admin/organisation/scim").with(demo.as("jeroen.bos")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Entra ID productie")))
			.andExpect(content().string(not(containsString(secret))));

		mvc.perform(get("/scim/v2/Users").header("Authorization", "Bearer " + secret)).andExpect(status().isOk());
		long id = jdbc.sql("select id from scim_token where name = 'Entra ID productie'").query(Long.class).single();
		mvc.perform(post("/admin/organisation/scim/{id}/revoke", id).with(demo.as("jeroen.bos")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("notice", "scim.tokens.revoked"));
		mvc.perform(get("/scim/v2/Users").header("Authorization", "Bearer " + secret)).andExpect(status().isUnauthorized());
	}

	@Test
	void aNameIsRequiredAndHrCannotMakeTokens() throws Exception {
		mvc.perform(post("/admin/organisation/scim").with(demo.as("jeroen.bos")).with(csrf()).param("name", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Geef de sleutel een naam.")));
		mvc.perform(post("/admin/organisation/scim").with(demo.as("fatima.elamrani")).with(csrf()).param("name", "HR"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/admin/organisation/scim").with(demo.as("fatima.elamrani"))).andExpect(status().isForbidden());
		assertThat(jdbc.sql("select count(*) from scim_token where name = 'HR'").query(Long.class).single()).isZero();
	}

}
