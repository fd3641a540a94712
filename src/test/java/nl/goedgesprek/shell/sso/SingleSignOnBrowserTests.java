package nl.goedgesprek.shell.sso;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import nl.goedgesprek.support.Browser;
import nl.goedgesprek.support.BrowserTest;
import nl.goedgesprek.support.OidcProvider;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, "done when": a person signs in through the organisation's provider in a real browser and
 * lands on their own home page; signing out takes them through the provider's sign-out and back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SingleSignOnBrowserTests extends BrowserTest {

	@DynamicPropertySource
	static void provider(DynamicPropertyRegistry properties) {
		OidcProvider.configure(properties);
	}

	@Test
	void aManagerSignsInThroughTheProviderAndLandsOnTheirHomePage() {
		OidcProvider.nextSignIn("pieter.jansen@horizon.example");
		browser.get(url("/login"));
		Browser.screenshot(browser, "login-with-sso");
		clickThrough(".login__sso a", "Welkom, Pieter");
		assertThat(browser.getCurrentUrl()).isEqualTo(url("/"));
		follow("Mijn team", "Mijn team");

		signOut();
		Browser.awaitUrlContaining(browser, "/login?logout");
		assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains("Je bent uitgelogd");
	}

	@Test
	void anUnknownPersonSeesWhy() {
		OidcProvider.nextSignIn("onbekend@horizon.example");
		browser.get(url("/login"));
		clickThrough(".login__sso a", "Inloggen lukte niet");
		assertThat(browser.findElement(By.cssSelector("[role=alert]")).getText())
			.contains("onbekend@horizon.example is bij Goedgesprek niet bekend");
		Browser.screenshot(browser, "sso-refused");
	}

}
