package nl.goedgesprek.development;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import nl.goedgesprek.cards.ConversationKind;
import nl.goedgesprek.conversations.ConversationId;
import nl.goedgesprek.support.Browser;
import nl.goedgesprek.support.BrowserTest;
import nl.goedgesprek.support.ConversationSteps;
import nl.goedgesprek.support.DemoUsers;
import nl.goedgesprek.support.OnPostgres;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ontwikkeling en koers in headless Chromium on PostgreSQL: the employee writes an ambition, picks a
 * competency, makes a goal linked to a koers goal with an action; a colleague gives appreciation
 * tagged to that competency; the employee sees it, the plan and the koers while preparing the next
 * conversation. Screenshots land in target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "goedgesprek.demo.conversations=false")
@ActiveProfiles("test")
@Import({ DemoUsers.class, ConversationSteps.class })
@OnPostgres
class DevelopmentBrowserTests extends BrowserTest {

	@Autowired
	DemoUsers demo;

	@Autowired
	ConversationSteps steps;

	@Test
	void theEmployeeBuildsAPlanAndSeesAppreciationWhilePreparing() {
		signIn("daan.smit", "Welkom, Daan");
		follow("Ontwikkeling", "Jouw ontwikkeling");

		browser.findElement(By.id("new-ambition")).sendKeys("Over twee jaar begeleid ik klanten bij het klantportaal");
		submit("#ambitions form.form button[type=submit]", "Je ambitie is opgeslagen.");
		assertThat(text("#ambitions")).contains("Over twee jaar begeleid ik klanten bij het klantportaal");

		new Select(browser.findElement(By.id("competencyId"))).selectByVisibleText("Vakmanschap: Digitale vaardigheden");
		submit("#competencies form.form button[type=submit]", "De competentie staat op je lijst.");

		browser.findElement(By.cssSelector(".new-goal summary")).click();
		browser.findElement(By.id("goal-title")).sendKeys("Het klantportaal door en door kennen");
		new Select(browser.findElement(By.id("goal-competency"))).selectByVisibleText("Digitale vaardigheden");
		new Select(browser.findElement(By.id("goal-koers"))).selectByVisibleText("Digitaal dichtbij");
		submit(".new-goal button[type=submit]", "Het doel staat in je ontwikkelplan.");

		WebElement goal = browser.findElement(By.cssSelector("article.goal"));
		assertThat(goal.getText()).contains("Competentie: Digitale vaardigheden", "Koers: Digitaal dichtbij");
		goal.findElement(By.cssSelector("details.add-action summary")).click();
		new Select(goal.findElement(By.cssSelector("select[name=kind]"))).selectByValue("SHADOWING");
		goal.findElement(By.cssSelector("input[name=description]")).sendKeys("Meelopen met de portaalbeheerder");
		goal.findElement(By.cssSelector("input[name=employerTime]")).sendKeys("vier ochtenden");
		browser.executeScript("arguments[0].value = arguments[1]", goal.findElement(By.cssSelector("input[name=dueDate]")),
				LocalDate.now().plusMonths(3).toString()); // the field has no id: set it as setDate would
		submit("article.goal details.add-action button[type=submit]", "De actie staat bij het doel.");
		browser.findElement(By.cssSelector("article.goal details.rename-goal summary")).click();
		WebElement title = browser.findElement(By.cssSelector("article.goal details.rename-goal input[name=title]"));
		title.clear();
		title.sendKeys("Het klantportaal door en door kennen en uitleggen");
		submit("article.goal details.rename-goal button[type=submit]", "Het doel is anders verwoord.");
		assertThat(text("article.goal h3")).isEqualTo("Het klantportaal door en door kennen en uitleggen");
		assertThat(text("article.goal table")).contains("meelopen", "Meelopen met de portaalbeheerder", "vier ochtenden", "gepland");
		Browser.screenshotAt(browser, "development-plan", "#plan");
		Browser.phoneScreenshot(browser, "development-plan");
		signOut();

		signIn("lotte.bakker", "Welkom, Lotte");
		browser.get(url("/appreciation/new"));
		Browser.awaitHeading(browser, "Waardering geven");
		assertThat(text("#candidates")).as("the people around Lotte come first").contains("Mensen om je heen");
		browser.findElement(By.id("q")).sendKeys("daan");
		awaitText("#candidates", "Gevonden voor “daan”");
		assertThat(text("#candidates")).contains("Daan Smit", "Klantcontact");
		Browser.screenshotAt(browser, "appreciation-search", "#candidates");
		browser.findElement(By.linkText("Daan Smit")).click();
		awaitText("form[action$='/appreciation']", "Daan Smit (Klantcontact)");
		browser.findElement(By.id("text")).sendKeys("Je liet een klant stap voor stap zien hoe het portaal werkt");
		new Select(browser.findElement(By.id("competencyId"))).selectByVisibleText("Digitale vaardigheden");
		submit("form[action$='/appreciation'] button[type=submit]", "Dank je. Je waardering is gegeven.");
		signOut();

		ConversationId next = steps.plan(demo.id("pieter.jansen"), demo.id("daan.smit"), ConversationKind.ANNUAL,
				LocalDate.now().plusDays(7).atTime(10, 0));
		signIn("daan.smit", "Welkom, Daan");
		browser.get(url("/conversations/" + next.value() + "/preparation"));
		Browser.awaitHeading(browser, "Jouw voorbereiding");
		awaitText("#theme-ontwikkeling .panel--plan", "Het klantportaal door en door kennen");
		awaitText("#theme-koers .panel--koers", "Digitaal dichtbij");
		awaitText("#preparation .panel--appreciation", "Je liet een klant stap voor stap zien hoe het portaal werkt");
		assertThat(text("#preparation .panel--appreciation")).contains("Lotte Bakker", "Digitale vaardigheden");
		Browser.screenshotAt(browser, "development-in-preparation", "#theme-ontwikkeling");

		browser.get(url("/people/" + demo.id("daan.smit").value() + "/year-stories"));
		Browser.awaitHeading(browser, "Jaarverhalen");
		browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
		awaitText(".notice--success", "Het jaarverhaal is samengesteld");
		browser.findElement(By.id("reflection")).sendKeys("Ik heb het portaal leren kennen en help nu klanten verder.");
		submit("#reflections button[type=submit]", "Je reflectie is opgeslagen.");
		submit("#acknowledgement form input[value=SEEN] + button", "Je hebt het jaarverhaal voor gezien getekend.");
		String story = browser.getCurrentUrl().replaceAll("#.*", "");
		signOut();

		signIn("pieter.jansen", "Welkom, Pieter");
		browser.get(story);
		awaitText("#reflections", "Ik heb het portaal leren kennen en help nu klanten verder.");
		browser.findElement(By.id("reflection")).sendKeys("Daan pakte het portaal met beide handen aan.");
		submit("#reflections button[type=submit]", "Je reflectie is opgeslagen.");
		submit("#acknowledgement form input[value=AGREED] + button", "Je hebt het jaarverhaal voor akkoord getekend.");
		assertThat(text("main")).contains("Jullie hebben dit jaarverhaal allebei voor gezien getekend",
				"Daan: voor gezien getekend", "Pieter: voor gezien en voor akkoord getekend",
				"Daan pakte het portaal met beide handen aan.");
		assertThat(browser.findElements(By.id("reflection"))).as("a signed story no longer changes").isEmpty();
		Browser.screenshot(browser, "year-story");

		browser.get(url("/people/" + demo.id("daan.smit").value() + "/timeline"));
		Browser.awaitHeading(browser, "Tijdlijn van Daan Smit");
		assertThat(text("main")).contains("Jaarverhaal", "Waardering van Lotte Bakker", "Ambitie");
		Browser.screenshot(browser, "timeline");
	}

	private void submit(String css, String notice) {
		browser.findElement(By.cssSelector(css)).click();
		Browser.waitFor(browser, Duration.ofSeconds(10)).withMessage(() -> "notice '" + notice + "'")
			.until(d -> d.findElements(By.cssSelector(".notice--success")).stream().anyMatch(e -> e.getText().contains(notice)));
	}

}
