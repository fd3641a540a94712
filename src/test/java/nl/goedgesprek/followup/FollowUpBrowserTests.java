package nl.goedgesprek.followup;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import nl.goedgesprek.conversations.ConversationId;
import nl.goedgesprek.conversations.internal.PreparationDraft;
import nl.goedgesprek.support.Browser;
import nl.goedgesprek.support.BrowserTest;
import nl.goedgesprek.support.ConversationSteps;
import nl.goedgesprek.support.DemoUsers;
import nl.goedgesprek.support.OnPostgres;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Het goede gesprek all year, in headless Chromium on PostgreSQL: in one conversation the manager
 * records what became of the employee's talking point and they make an agreement; it is on the next
 * conversation's agenda; its owner reports progress; the manager reads it in their inbox; and the
 * employee's "wat ermee gebeurde" page shows the outcome. Screenshots land in target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "goedgesprek.demo.conversations=false")
@ActiveProfiles("test")
@Import({ DemoUsers.class, ConversationSteps.class })
@OnPostgres
class FollowUpBrowserTests extends BrowserTest {

	@Autowired
	DemoUsers demo;

	@Autowired
	ConversationSteps steps;

	@Test
	void anAgreementIsFollowedUpAndTheEmployeeSeesWhatBecameOfTheirInput() {
		ConversationId first = steps.plan(demo.id("lotte.bakker"), demo.id("pieter.jansen"), LocalDate.now().atTime(23, 0));
		steps.share(demo.id("lotte.bakker"), first, new PreparationDraft(Map.of(), Map.of(),
				List.of("Thuiswerken op vrijdag", "Een tweede beeldscherm"), null));
		steps.share(demo.id("pieter.jansen"), first, new PreparationDraft(Map.of(), Map.of(), List.of(), null));
		steps.start(demo.id("pieter.jansen"), first);

		signIn("pieter.jansen", "Welkom, Pieter");
		open("/conversations/" + first.value() + "/talk", "Het gesprek van Lotte en Pieter");
		settle("EMPLOYEE", 0, "AGREEMENT", "Proberen tot de zomer");
		settle("EMPLOYEE", 1, "PARKED", "");
		awaitText("#tp-EMPLOYEE-1", "Schrijf op waarom"); // a parked topic needs a reason
		assertThat(browser.findElement(By.id("tp-outcome-EMPLOYEE-1")).getAttribute("value"))
			.as("the choice survives the refusal").isEqualTo("PARKED");
		settle("EMPLOYEE", 1, "PARKED", "Eerst de nieuwe werkplekken afwachten");
		Browser.screenshotAt(browser, "followup-talking-points", "#talking-points");

		browser.findElement(By.id("description")).sendKeys("Vrijdag thuiswerken, proef tot de zomer");
		browser.findElement(By.cssSelector("input[name=owner][value=EMPLOYEE]")).click();
		setDate("dueDate", LocalDate.now().plusMonths(2));
		clickThrough(".agreement-form button[type=submit]", "Het gesprek van Lotte en Pieter");
		clickThrough("form[action$='/close'] button", "Gespreksverslag");
		signOut();

		ConversationId next = steps.plan(demo.id("pieter.jansen"), demo.id("lotte.bakker"),
				LocalDate.now().plusWeeks(6).atTime(10, 0));

		signIn("lotte.bakker", "Welkom, Lotte");
		open("/conversations/" + next.value(), "Check-in met Pieter Jansen");
		String agenda = browser.findElement(By.cssSelector(".agenda")).getText();
		assertThat(agenda).contains("Vrijdag thuiswerken, proef tot de zomer", "open afspraak uit het gesprek van",
				"Een tweede beeldscherm", "geparkeerd in het gesprek van", "Eerst de nieuwe werkplekken afwachten");
		Browser.screenshotAt(browser, "followup-agenda", ".agenda");

		open("/agreements", "Afspraken");
		WebElement agreement = browser.findElement(By.cssSelector(".progress-form"));
		agreement.findElement(By.cssSelector("input[name=status][value=IN_PROGRESS]")).click();
		agreement.findElement(By.cssSelector("textarea[name=note]")).sendKeys("Twee vrijdagen gedaan, bevalt goed");
		Browser.clickThrough(browser, agreement.findElement(By.cssSelector("button[type=submit]")), "Afspraken");
		assertThat(browser.findElement(By.cssSelector(".notice--success")).getText()).isNotBlank();

		open("/me/input", "Jouw inbreng, wat ermee gebeurde");
		String input = browser.findElement(By.cssSelector("main")).getText();
		assertThat(input).contains("Thuiswerken op vrijdag", "Er is een afspraak van gemaakt", "Proberen tot de zomer",
				"Een tweede beeldscherm", "Geparkeerd voor later", "Eerst de nieuwe werkplekken afwachten");
		Browser.screenshot(browser, "followup-input");
		Browser.phoneScreenshot(browser, "followup-input");
		signOut();

		signIn("pieter.jansen", "Welkom, Pieter");
		Browser.waitFor(browser, Duration.ofSeconds(15)).withMessage("the progress reaches Pieter's inbox")
			.until(d -> {
				d.get(url("/inbox"));
				return d.findElement(By.cssSelector("main")).getText().contains("Twee vrijdagen gedaan, bevalt goed");
			});
		assertThat(browser.findElement(By.cssSelector(".inbox")).getText())
			.contains("Lotte Bakker gaf voortgang door op de afspraak ‘").contains("’: bezig.");
		Browser.screenshot(browser, "followup-inbox");

		open("/team", "Mijn team");
		Browser.screenshot(browser, "followup-team");
		open("/me/settings", "Mijn instellingen");
		Browser.screenshot(browser, "settings");
	}

	/** Chooses an outcome for a talking point and saves it; htmx redraws just that point. */
	private void settle(String side, int index, String outcome, String note) {
		new Select(browser.findElement(By.id("tp-outcome-" + side + "-" + index))).selectByValue(outcome);
		WebElement noteField = browser.findElement(By.id("tp-note-" + side + "-" + index));
		noteField.clear();
		noteField.sendKeys(note);
		String before = browser.findElement(By.id("tp-" + side + "-" + index)).getAttribute("outerHTML");
		browser.findElement(By.cssSelector("#tp-" + side + "-" + index + " button[type=submit]")).click();
		Browser.waitFor(browser, Duration.ofSeconds(10))
			.until(d -> !d.findElement(By.id("tp-" + side + "-" + index)).getAttribute("outerHTML").equals(before)
					|| d.findElement(By.id("tp-" + side + "-" + index)).getText().contains("Schrijf op waarom"));
	}

}
