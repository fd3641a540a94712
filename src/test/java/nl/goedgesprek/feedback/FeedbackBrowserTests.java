package nl.goedgesprek.feedback;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import nl.goedgesprek.support.Browser;
import nl.goedgesprek.support.BrowserTest;
import nl.goedgesprek.support.DemoUsers;
import nl.goedgesprek.support.OnPostgres;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Colleagues' input in headless Chromium on PostgreSQL, on the demo's request: Daan finds Sanne's
 * request in his inbox and answers it; Sanne reads the answer and moves it into her preparation.
 * Screenshots land in target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(DemoUsers.class)
@OnPostgres
class FeedbackBrowserTests extends BrowserTest {

	@Autowired
	DemoUsers demo;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aColleagueAnswersAndTheAskerMovesTheAnswerIntoHerPreparation() {
		signIn("daan.smit", "Welkom, Daan");
		Browser.waitFor(browser, Duration.ofSeconds(10)).until(d -> {
			d.get(url("/inbox"));
			return !d.findElements(By.linkText("Naar de vraag")).isEmpty();
		});
		assertThat(text(".inbox")).contains("Sanne de Vries vraagt om jouw input voor een gesprek.");
		follow("Naar de vraag", "Sanne de Vries vraagt om jouw input");
		assertThat(text("main")).contains("Sanne de Vries leest je antwoord met je naam erbij.",
				"Ik wil weten hoe mijn collega's de samenwerking rond het klantportaal ervaren.");
		browser.findElement(By.id("answerOne")).sendKeys("Sanne legt klanten rustig uit hoe het portaal werkt.");
		awaitText("#save-status", "Opgeslagen om");
		Browser.screenshot(browser, "feedback-answer");
		Browser.phoneScreenshot(browser, "feedback-answer");
		clickThrough("#feedback-answer button.button--primary", "Sanne de Vries vraagt om jouw input");
		assertThat(text("main")).contains("Dank je. Je antwoord is verstuurd.", "Jouw antwoord");
		signOut();

		long conversation = jdbc.sql("select conversation_id from feedback_request where asker_id = :s")
			.param("s", demo.id("sanne.devries").value()).query(Long.class).single();
		signIn("sanne.devries", "Welkom, Sanne");
		browser.get(url("/conversations/" + conversation + "/preparation"));
		Browser.awaitHeading(browser, "Jouw voorbereiding");
		awaitText("#feedback", "Jouw vragen");
		assertThat(text("#feedback")).contains("met naam", "2 antwoorden").doesNotContain("In jouw voorbereiding");
		clickThrough("#feedback .feedback-requests a", "Jouw vraag om input");
		assertThat(text("main")).contains("Van Daan Smit", "Van Lotte Bakker", "geantwoord");
		Browser.screenshot(browser, "feedback-request");
		WebElement daans = browser.findElements(By.cssSelector("article.feedback-answer")).stream()
			.filter(answer -> answer.getText().contains("Van Daan Smit"))
			.findFirst()
			.orElseThrow();
		Browser.clickThrough(browser, daans.findElement(By.cssSelector("button")), "Jouw vraag om input");
		assertThat(text("main")).contains("Het antwoord staat in je voorbereiding.");

		browser.get(url("/conversations/" + conversation + "/preparation"));
		Browser.awaitHeading(browser, "Jouw voorbereiding");
		awaitText("#feedback", "In jouw voorbereiding");
		assertThat(text("#feedback")).contains("Van Daan Smit", "Sanne legt klanten rustig uit hoe het portaal werkt.")
			.doesNotContain("Soms neemt ze te veel zelf op zich");
		Browser.screenshotAt(browser, "feedback-in-preparation", "#feedback");

		// A second, anonymous request through the form, without a list of everyone: search, choose, send.
		clickThrough("#feedback a.button", "Input van collega's vragen");
		browser.findElement(By.id("q")).sendKeys("Anouk");
		clickThrough("button[name=search]", "Input van collega's vragen");
		clickThrough("button[name=add]", "Input van collega's vragen");
		assertThat(text("#colleagues")).contains("Gekozen (1 van 6)", "Anouk Mulder");
		browser.findElement(By.cssSelector("input[name=anonymous][value=true]")).click();
		Browser.screenshot(browser, "feedback-ask");
		Browser.phoneScreenshot(browser, "feedback-ask");
		clickThrough("form[action*='/feedback/ask/'] button.button--primary", "Jouw vraag om input");
		assertThat(text("main")).contains("Je vraag is verstuurd.", "Nog te weinig antwoorden")
			.doesNotContain("Wie je vroeg");
	}

}
