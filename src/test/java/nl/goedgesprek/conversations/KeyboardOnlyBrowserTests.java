package nl.goedgesprek.conversations;

import java.time.Duration;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import nl.goedgesprek.support.Browser;
import nl.goedgesprek.support.BrowserTest;
import nl.goedgesprek.support.DemoUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * A whole conversation by keyboard only (WCAG 2.1.1): the manager signs in, plans a check-in with
 * Anouk, prepares and shares; Anouk prepares, shares and reads his preparation; he starts and closes
 * the conversation and both sign the record "voor gezien". Every step is Tab, Shift+Tab, arrow keys,
 * Enter, Space or typing into the focused field: no click, no script that fills a field. A control
 * that cannot be reached by Tab, or does nothing on Enter, fails the test. Only the sign-in page is
 * opened by its address, as a person types it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(DemoUsers.class)
class KeyboardOnlyBrowserTests extends BrowserTest {

	/** More than any page here has focusable elements before the one we look for. */
	private static final int MOST_TABS = 200;

	@Test
	void planPrepareShareAndSignAConversationWithTheKeyboardOnly() {
		signInByKeyboard("pieter.jansen", "Welkom, Pieter");
		press(tabTo("the plan link", labelled("Gesprek plannen")), Keys.ENTER);
		Browser.awaitHeading(browser, "Gesprek plannen");
		WebElement partner = tabTo("the partner field", id("partnerId"));
		// the first "Gesprek plannen" may be a to-do line that chose someone already (reports behind on the
		// rhythm since Pieter's round of check-ins); Home goes back to the top of the list, Anouk is below it
		press(partner, Keys.HOME);
		for (int i = 0; i < 30 && !new Select(partner).getFirstSelectedOption().getText().startsWith("Anouk Mulder"); i++) {
			press(partner, Keys.ARROW_DOWN);
		}
		assertThat(new Select(partner).getFirstSelectedOption().getText()).startsWith("Anouk Mulder");
		// the kind (check-in), the date (in a week), the time and the card keep their suggestions
		press(tabTo("the plan button", labelled("Gesprek plannen")), Keys.ENTER);
		Browser.awaitHeading(browser, "Check-in met Anouk Mulder");

		press(tabTo("the prepare link", labelled("Voorbereiden")), Keys.ENTER);
		Browser.awaitHeading(browser, "Jouw voorbereiding");
		typeInto(tabTo("the first question", e -> "textarea".equals(e.getTagName())),
				"Anouk heeft de klachtenprocedure vernieuwd.");
		press(tabTo("the share button", labelled("Delen met Anouk")), Keys.ENTER);
		awaitPageText("Je voorbereiding is gedeeld.");
		signOutByKeyboard();

		signInByKeyboard("anouk.mulder", "Welkom, Anouk");
		press(tabTo("the to-do to prepare", labelled("Voorbereiden")), Keys.ENTER);
		Browser.awaitHeading(browser, "Jouw voorbereiding");
		typeInto(tabTo("the first question", e -> "textarea".equals(e.getTagName())), "De nieuwe klachtenprocedure.");
		press(tabTo("the share button", labelled("Delen met Pieter")), Keys.ENTER);
		awaitPageText("Je voorbereiding is gedeeld.");
		// eerst zelf, dan samen: now she reads his preparation, before the conversation
		press(tabTo("the link to his preparation", labelled("Lees wat Pieter schreef")), Keys.ENTER);
		WebElement theme = tabTo("a theme of his preparation", e -> "summary".equals(e.getTagName()));
		press(theme, Keys.SPACE);
		awaitPageText("Anouk heeft de klachtenprocedure vernieuwd.");
		signOutByKeyboard();

		signInByKeyboard("pieter.jansen", "Welkom, Pieter");
		press(tabTo("the conversation", element -> element.getText().startsWith("Check-in met Anouk Mulder")), Keys.ENTER);
		Browser.awaitHeading(browser, "Check-in met Anouk Mulder");
		press(tabTo("the start button", labelled("Gesprek starten")), Keys.ENTER);
		Browser.awaitHeading(browser, "Het gesprek van Anouk en Pieter");
		press(tabTo("the close button", labelled("Gesprek afronden")), Keys.ENTER);
		Browser.awaitHeading(browser, "Gespreksverslag");
		press(tabTo("the sign button", labelled("Voor gezien tekenen")), Keys.ENTER);
		awaitPageText("Je hebt het verslag voor gezien getekend.");
		signOutByKeyboard();

		signInByKeyboard("anouk.mulder", "Welkom, Anouk");
		press(tabTo("the to-do to sign", labelled("Naar het verslag")), Keys.ENTER);
		Browser.awaitHeading(browser, "Gespreksverslag");
		press(tabTo("the sign button", labelled("Voor gezien tekenen")), Keys.ENTER);
		awaitPageText("Je hebt het verslag voor gezien getekend.");
		assertThat(browser.findElements(By.cssSelector(".status--completed"))).as("signed by both: completed")
			.isNotEmpty();
	}

	private void signInByKeyboard(String person, String heading) {
		browser.get(url("/login"));
		typeInto(tabTo("the e-mail field", id("username")), person + DemoUsers.DOMAIN);
		typeInto(tabTo("the password field", id("password")), "goedgesprek");
		press(browser.switchTo().activeElement(), Keys.ENTER);
		Browser.awaitHeading(browser, heading);
	}

	private void signOutByKeyboard() {
		press(tabTo("the sign-out button", labelled("Uitloggen")), Keys.ENTER);
		Browser.awaitUrlContaining(browser, "/login");
	}

	/**
	 * Presses Tab from wherever the focus is until the focused element is the one looked for. On a new
	 * page the focus starts at the top, as for a person who just arrived.
	 */
	private WebElement tabTo(String what, Predicate<WebElement> target) {
		for (int i = 0; i < MOST_TABS; i++) {
			new Actions(browser).sendKeys(Keys.TAB).perform();
			WebElement focused = browser.switchTo().activeElement();
			if (target.test(focused)) {
				return focused;
			}
		}
		return fail("Tab never reaches " + what + " on " + browser.getCurrentUrl());
	}

	/** A key on the focused element, as a person presses it: through the keyboard, not the element's API. */
	private void press(WebElement focused, CharSequence key) {
		assertThat(browser.switchTo().activeElement()).isEqualTo(focused);
		new Actions(browser).sendKeys(key).perform();
	}

	private void typeInto(WebElement focused, String text) {
		assertThat(browser.switchTo().activeElement()).isEqualTo(focused);
		new Actions(browser).sendKeys(text).perform();
	}

	private void awaitPageText(String text) {
		// the page may still be replaced by the one the form leads to while this reads it
		Browser.waitFor(browser, Duration.ofSeconds(10)).withMessage(() -> "'" + text + "' on " + browser.getCurrentUrl())
			.until(d -> d.findElement(By.tagName("body")).getText().contains(text));
	}

	private static Predicate<WebElement> labelled(String text) {
		return element -> text.equals(element.getText().strip());
	}

	private static Predicate<WebElement> id(String id) {
		return element -> id.equals(element.getAttribute("id"));
	}

}
