package nl.goedgesprek.shell.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import nl.goedgesprek.support.SessionCookies;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

/**
 * Issue 11: in production the language cookie was neither HttpOnly nor Secure and there was no HSTS.
 * With secure cookies on (the {@code postgres} profile, {@code GOEDGESPREK_SECURE_COOKIES}), both
 * cookies (language and session) are Secure and every answer carries HSTS, also behind a proxy that ends TLS (plain HTTP here).
 */
@SpringBootTest(properties = "server.servlet.session.cookie.secure=true")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ProductionCookiesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theLanguageCookieIsSecureAndHttpOnly() throws Exception {
		mvc.perform(post("/language").param("lang", "en").with(csrf()))
			.andExpect(cookie().secure("goedgesprek-taal", true))
			.andExpect(cookie().httpOnly("goedgesprek-taal", true));
	}

	/** Issue 14: the session cookie now comes from Spring Session (sessions in the database); same flags. */
	@Test
	void theSessionCookieIsSecureHttpOnlyAndSameSite() throws Exception {
		mvc.perform(formLogin("/login").user("sanne.devries@horizon.example").password("goedgesprek"))
			.andExpect(cookie().exists(SessionCookies.NAME))
			.andExpect(cookie().secure(SessionCookies.NAME, true))
			.andExpect(cookie().httpOnly(SessionCookies.NAME, true))
			.andExpect(cookie().sameSite(SessionCookies.NAME, "Lax"))
			.andExpect(cookie().path(SessionCookies.NAME, "/"));
	}

	@Test
	void everyAnswerSaysHttpsOnly() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(header().string("Strict-Transport-Security", containsString("max-age=31536000")));
	}

}
