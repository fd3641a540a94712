package nl.goedgesprek.conversations.web;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import nl.goedgesprek.support.Browser;
import nl.goedgesprek.support.BrowserTest;
import nl.goedgesprek.support.OnPostgres;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole two-sided loop in headless Chromium, on PostgreSQL: the employee plans, both prepare (the
 * manager cannot read the employee's draft), both share, the conversation shows both views side by
 * side with an opener, an agreement is made, both acknowledge, the employee adds a zienswijze, and the
 * record is locked. Screenshots of each page land in target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "goedgesprek.demo.conversations=false")
@ActiveProfiles("test")
@OnPostgres
class ConversationBrowserTests extends BrowserTest {

	private static final String EMPLOYEE_DRAFT = "Trots op het nieuwe klantportaal dat we samen bouwden";

	@Test
	void employeeAndManagerGoFromPlanToLockedRecord() {
		signIn("sanne.devries", "Welkom, Sanne");
		String conversation = plan();

		open(conversation + "/preparation", "Jouw voorbereiding");
		browser.findElement(By.id("a-resultaten.q1")).sendKeys(EMPLOYEE_DRAFT);
		chooseScore("resultaten", 5);
		browser.findElement(By.id("tp-new")).sendKeys("Thuiswerken op vrijdag");
		browser.findElement(By.id("appreciation")).sendKeys("Je geeft me ruimte en denkt mee.");
		awaitSaved("save-status");
		Browser.screenshotAt(browser, "conversation-preparation", "#theme-resultaten");
		Browser.phoneScreenshot(browser, "conversation-preparation");
		signOut();

		signIn("pieter.jansen", "Welkom, Pieter");
		open(conversation, "Check-in met Sanne de Vries");
		assertThat(browser.getPageSource()).doesNotContain(EMPLOYEE_DRAFT).contains("Nog niet gedeeld.");
		browser.get(url(conversation + "/talk"));
		assertThat(browser.getCurrentUrl()).doesNotContain("/talk");
		open(conversation + "/preparation", "Jouw voorbereiding");
		assertThat(browser.getPageSource()).doesNotContain(EMPLOYEE_DRAFT);
		browser.findElement(By.id("a-resultaten.q1")).sendKeys("Sanne heeft het portaal mooi neergezet");
		chooseScore("resultaten", 2);
		browser.findElement(By.id("appreciation")).sendKeys("Je rust aan de telefoon.");
		awaitSaved("save-status");
		clickThrough(".share button.button--primary", "Check-in met Sanne de Vries");
		assertThat(browser.getPageSource()).doesNotContain(EMPLOYEE_DRAFT);
		signOut();

		signIn("sanne.devries", "Welkom, Sanne");
		open(conversation, "Check-in met Pieter Jansen");
		assertThat(browser.findElement(By.cssSelector(".steps")).getText()).contains("Je leest het zodra je je eigen voorbereiding hebt gedeeld");
		open(conversation + "/preparation", "Jouw voorbereiding");
		assertThat(browser.findElement(By.id("a-resultaten.q1")).getAttribute("value")).isEqualTo(EMPLOYEE_DRAFT);
		clickThrough(".share button.button--primary", "Check-in met Pieter Jansen");
		clickThrough("form[action$='/start'] button", "Het gesprek van Sanne en Pieter");

		WebElement results = browser.findElement(By.id("theme-resultaten"));
		assertThat(results.getText()).contains(EMPLOYEE_DRAFT, "Sanne heeft het portaal mooi neergezet",
				"Gespreksopener", "5 van 5", "2 van 5");
		assertThat(browser.findElement(By.id("theme-samenwerking")).getText()).doesNotContain("Gespreksopener");
		WebElement notes = browser.findElement(By.id("note-resultaten"));
		notes.sendKeys("We gaan het portaal ook voor de balie gebruiken.");
		awaitSaved("note-status-resultaten");

		browser.findElement(By.id("description")).sendKeys("Training klantgesprekken volgen");
		browser.findElement(By.cssSelector("input[name=owner][value=EMPLOYEE]")).click();
		setDate("dueDate", LocalDate.now().plusMonths(3));
		new Select(browser.findElement(By.id("themeKey"))).selectByValue("ontwikkeling");
		clickThrough(".agreement-form button[type=submit]", "Het gesprek van Sanne en Pieter");
		assertThat(browser.findElement(By.id("agreements")).getText()).contains("Training klantgesprekken volgen");
		Browser.screenshotAt(browser, "conversation-talk", "#theme-resultaten");
		Browser.phoneScreenshot(browser, "conversation-talk");

		clickThrough("form[action$='/close'] button", "Gespreksverslag");
		signRecord("SEEN");
		browser.findElement(By.id("employeeViewText")).sendKeys("Ik had meer tijd voor het portaal willen hebben.");
		clickThrough("form[action$='/record/view'] button", "Gespreksverslag");
		assertThat(browser.findElement(By.id("employee-view")).getText()).contains("Ik had meer tijd voor het portaal");
		signOut();

		signIn("pieter.jansen", "Welkom, Pieter");
		open(conversation + "/record", "Gespreksverslag");
		assertThat(browser.findElements(By.id("employeeViewText"))).as("only the employee writes a zienswijze").isEmpty();
		assertThat(browser.getPageSource()).contains("We gaan het portaal ook voor de balie gebruiken.",
				"Training klantgesprekken volgen", "Ik had meer tijd voor het portaal willen hebben.");
		signRecord("SEEN");
		assertThat(browser.findElement(By.cssSelector(".notice--info")).getText()).contains("vastgelegd");
		assertThat(browser.findElement(By.cssSelector(".status")).getText()).isEqualTo("afgerond");
		Browser.screenshot(browser, "conversation-record");
		Browser.phoneScreenshot(browser, "conversation-record");
	}

	private String plan() {
		follow("Gesprek plannen", "Gesprek plannen");
		new Select(browser.findElement(By.id("partnerId"))).selectByVisibleText("Pieter Jansen (je leidinggevende)");
		browser.findElement(By.cssSelector("input[name=kind][value=CHECK_IN]")).click();
		setDate("date", LocalDate.now().plusDays(7));
		clickThrough("form.form button[type=submit]", "Check-in met Pieter Jansen");
		String path = browser.getCurrentUrl().replace(url(""), "");
		assertThat(path).matches("/conversations/\\d+");
		return path;
	}

	private void chooseScore(String themeKey, int score) {
		browser.findElement(By.cssSelector("input[name='s." + themeKey + ".statement'][value='" + score + "']")).click();
	}

	private void awaitSaved(String statusId) {
		Browser.waitFor(browser, Duration.ofSeconds(10))
			.withMessage(() -> "saved status in #" + statusId)
			.until(d -> {
				String text = d.findElement(By.id(statusId)).getText();
				return text.startsWith("Opgeslagen");
			});
	}

	private void signRecord(String kind) {
		clickThrough("form[action$='/record/acknowledge'] input[value=" + kind + "] + button", "Gespreksverslag");
	}

}
