package nl.goedgesprek.shell.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Signing out ends the session without emptying the security context that requests still running
 * for it hold: a draft that saves itself while its author signs out must not find "nobody" halfway
 * through (it did, as a NullPointerException in a browser test).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SignOutIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void signingOutEndsTheSessionButLeavesRunningRequestsTheirSignedInPerson() throws Exception {
		MockHttpSession session = (MockHttpSession) mvc
			.perform(formLogin("/login").user("sanne.devries@horizon.example").password("goedgesprek"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getRequest()
			.getSession();
		// What a request that started before signing out has in hand: the session's context object.
		SecurityContext inFlight = (SecurityContext) session
			.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
		assertThat(inFlight.getAuthentication()).isNotNull();

		mvc.perform(post("/logout").session(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));

		assertThat(session.isInvalid()).as("the session has ended").isTrue();
		assertThat(inFlight.getAuthentication()).as("the running request still knows who it serves").isNotNull();
		mvc.perform(get("/").session(session))
			.andExpect(status().is3xxRedirection());
	}

}
