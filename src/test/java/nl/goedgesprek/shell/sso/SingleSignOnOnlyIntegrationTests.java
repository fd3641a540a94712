package nl.goedgesprek.shell.sso;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import nl.goedgesprek.people.SignInOptions;
import nl.goedgesprek.support.OidcProvider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Issue 12, item 3: the organisation makes single sign-on the only way in. The password form is gone
 * and a password signs nobody in, except the one break-glass administrator named in the
 * configuration, who finds a small "Noodtoegang voor beheerder" on the login page.
 */
@SpringBootTest(properties = { "goedgesprek.sso.only=true", "goedgesprek.sso.break-glass-email=Jeroen.Bos@horizon.example" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SingleSignOnOnlyIntegrationTests {

	@DynamicPropertySource
	static void provider(DynamicPropertyRegistry properties) {
		OidcProvider.configure(properties);
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	SignInOptions options;

	private Document page(String path) throws Exception {
		return Jsoup.parse(mvc.perform(get(path)).andReturn().getResponse().getContentAsString());
	}

	@Test
	void theLoginPageOffersOnlyTheProviderAndASmallWayInForTheAdministrator() throws Exception {
		Document login = page("/login");
		assertThat(login.select(".login__sso a").attr("href")).isEqualTo("/oauth2/authorization/sso");
		assertThat(login.select("input[type=password]")).isEmpty();
		assertThat(login.select("a.login__break-glass, .login__break-glass a").text()).isEqualTo("Noodtoegang voor beheerder");

		Document breakGlass = page("/login?noodtoegang=1");
		assertThat(breakGlass.select("h2.login__break-glass").text()).isEqualTo("Noodtoegang voor beheerder");
		assertThat(breakGlass.select("form input[type=password]")).hasSize(1);
	}

	@Test
	void aPasswordSignsNobodyElseIn() throws Exception {
		mvc.perform(post("/login").param("username", "sanne.devries@horizon.example").param("password", "goedgesprek")
			.with(csrf())
			.with(request -> {
				request.setRemoteAddr("10.12.0.1");
				return request;
			})).andExpect(redirectedUrl("/login?error")).andExpect(unauthenticated());
		// Not another administrator either: only the one named.
		mvc.perform(post("/login").param("username", "fatima.elamrani@horizon.example").param("password", "goedgesprek")
			.with(csrf())
			.with(request -> {
				request.setRemoteAddr("10.12.0.2");
				return request;
			})).andExpect(redirectedUrl("/login?error")).andExpect(unauthenticated());
		// After a refused password the form stays, so the break-glass administrator can try again.
		Document again = Jsoup.parse(mvc.perform(get("/login").param("error", "")).andReturn().getResponse().getContentAsString());
		assertThat(again.select("form input[type=password]")).hasSize(1);
	}

	@Test
	void theBreakGlassAdministratorStillSignsInWithAPassword() throws Exception {
		mvc.perform(post("/login").param("username", "jeroen.bos@horizon.example").param("password", "goedgesprek")
			.with(csrf())
			.with(request -> {
				request.setRemoteAddr("10.12.0.3");
				return request;
			})).andExpect(redirectedUrl("/")).andExpect(authenticated().withUsername("jeroen.bos@horizon.example"));
	}

	@Test
	void otherPagesCanAskWhetherPasswordsAreOffered() {
		assertThat(options.passwordsAllowed()).isFalse();
		assertThat(options.ssoOnly()).isTrue();
	}

}
