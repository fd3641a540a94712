package nl.goedgesprek.shell.web;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import nl.goedgesprek.support.SessionCookies;

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
 * through (it did, as a NullPointerException in a browser test). The session is removed from the
 * database, so no app node serves it any more.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SignOutIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SessionRepository<? extends Session> sessions;

	@Test
	void signingOutEndsTheSessionButLeavesRunningRequestsTheirSignedInPerson() throws Exception {
		Cookie cookie = SessionCookies.from(mvc
			.perform(formLogin("/login").user("sanne.devries@horizon.example").password("goedgesprek"))
			.andExpect(status().is3xxRedirection())
			.andReturn());
		String id = SessionCookies.sessionId(cookie);
		// What a request that started before signing out has in hand: the session's context object.
		SecurityContext inFlight = sessions.findById(id)
			.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
		assertThat(inFlight.getAuthentication()).isNotNull();

		mvc.perform(post("/logout").cookie(cookie).with(csrf())).andExpect(redirectedUrl("/login?logout"));

		assertThat(sessions.findById(id)).as("the session has ended, on every node").isNull();
		assertThat(inFlight.getAuthentication()).as("the running request still knows who it serves").isNotNull();
		mvc.perform(get("/").cookie(cookie))
			.andExpect(status().is3xxRedirection());
	}

}
