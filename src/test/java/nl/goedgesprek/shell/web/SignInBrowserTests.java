package nl.goedgesprek.shell.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import nl.goedgesprek.support.Browser;
import nl.goedgesprek.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real user's path in headless Chromium: a demo manager signs in, sees their team, switches to
 * English and signs out; on another device the next sign-in starts in English. Also leaves a
 * screenshot of each role's home page in target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SignInBrowserTests extends BrowserTest {

	private void signIn(String email) {
		Browser.signIn(browser, url(""), email);
	}

	@Test
	void aManagerSignsInSeesTheTeamSwitchesToEnglishAndSignsOut() {
		browser.get(url("/"));
		Browser.awaitUrlContaining(browser, "/login");
		assertThat(browser.findElement(By.cssSelector(".demo-accounts")).getText()).contains("pieter.jansen@horizon.example");
		Browser.screenshot(browser, "login");

		signIn("pieter.jansen@horizon.example");
		Browser.awaitHeading(browser, "Welkom, Pieter");

		follow("Mijn team", "Mijn team");
		assertThat(browser.findElement(By.tagName("table")).getText()).contains("Sanne de Vries", "Lotte Bakker")
			.doesNotContain("Bram Dekker");
		Browser.screenshot(browser, "manager-team");

		clickThrough("nav.language button[value=en]", "My team");
		assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
		follow("Home", "Welcome, Pieter");

		signOut();
		Browser.awaitUrlContaining(browser, "/login?logout");
		assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains("You have signed out");

		browser.quit();
		browser = Browser.start();
		signIn("pieter.jansen@horizon.example");
		Browser.awaitHeading(browser, "Welcome, Pieter");
		clickThrough("nav.language button[value=nl]", "Welkom, Pieter");
	}

	@Test
	void aManagerFollowsUpAgreementsAndTheTeamsRhythm() {
		signIn("pieter.jansen@horizon.example");
		Browser.awaitHeading(browser, "Welkom, Pieter");
		follow("Mijn team", "Mijn team");
		assertThat(browser.findElement(By.tagName("table")).getText()).contains("achterstallig", "Anouk Mulder");
		Browser.screenshot(browser, "manager-team-rhythm");
		follow("Afspraken", "Afspraken");
		assertThat(browser.findElement(By.id("mine-heading")).isDisplayed()).isTrue();
		assertThat(browser.getPageSource()).contains("Rooster voor de ochtenden herzien");
		Browser.screenshot(browser, "manager-agreements");
		browser.get(url("/conversations/" + lotteConversation()));
		Browser.screenshot(browser, "manager-conversation-overview");
	}

	private String lotteConversation() {
		browser.get(url("/"));
		return browser.findElement(By.partialLinkText("Lotte Bakker")).getAttribute("href").replaceAll(".*/", "");
	}

	@Test
	void eachRoleHasAHomePage() {
		String[][] roles = { { "sanne.devries", "Welkom, Sanne" }, { "pieter.jansen", "Welkom, Pieter" },
				{ "fatima.elamrani", "Welkom, Fatima" }, { "jeroen.bos", "Welkom, Jeroen" } };
		for (String[] role : roles) {
			signIn(role[0] + "@horizon.example");
			Browser.awaitHeading(browser, role[1]);
			Browser.screenshot(browser, "home-" + role[0]);
			Browser.phoneScreenshot(browser, "home-" + role[0]);
			signOut();
			Browser.awaitUrlContaining(browser, "/login?logout");
		}
	}

	@Test
	void hrFindsAPersonWithTheLiveSearch() {
		signIn("fatima.elamrani@horizon.example");
		Browser.awaitHeading(browser, "Welkom, Fatima");
		browser.get(url("/admin/people"));
		browser.findElement(By.id("q")).sendKeys("kaya");
		org.openqa.selenium.support.ui.WebDriverWait wait = new org.openqa.selenium.support.ui.WebDriverWait(browser,
				java.time.Duration.ofSeconds(5));
		wait.until(driver -> driver.findElement(By.cssSelector("#results p.muted")).getText().equals("1 persoon"));
		assertThat(browser.findElement(By.id("results")).getText()).contains("Esra Kaya").doesNotContain("Sanne");
		assertThat(browser.getCurrentUrl()).contains("q=kaya");
		Browser.screenshot(browser, "hr-people-search");
		browser.get(url("/admin/import"));
		Browser.screenshot(browser, "hr-import");
		browser.get(url("/admin/people/new"));
		browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
		new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
			.until(driver -> driver.findElements(By.cssSelector(".notice--problem")).size() == 1);
		assertThat(browser.findElement(By.cssSelector(".notice--problem")).getText()).contains("Vul een naam in.");
		Browser.screenshot(browser, "hr-person-form-errors");
	}

	@Test
	void hrLooksAfterTheCardsAndSeesConversationsWithoutTheirContent() {
		signIn("fatima.elamrani@horizon.example");
		Browser.awaitHeading(browser, "Welkom, Fatima");
		follow("Praatkaarten", "Praatkaarten");
		follow("Het goede gesprek", "Het goede gesprek");
		Browser.screenshot(browser, "hr-card");
		follow("Voorbeeld", "Voorbeeld: Het goede gesprek, versie 1");
		assertThat(browser.findElement(By.id("theme-welzijn")).getText()).contains("Deel hier geen medische informatie");
		Browser.screenshotAt(browser, "hr-card-preview", "#theme-welzijn");
		follow("Gesprekken", "Gesprekken in de organisatie");
		assertThat(browser.findElement(By.id("all-conversations")).getText()).contains("Lotte Bakker", "gevoerd")
			.doesNotContain("Rooster voor de ochtenden");
		Browser.screenshot(browser, "hr-conversations");
	}

}
