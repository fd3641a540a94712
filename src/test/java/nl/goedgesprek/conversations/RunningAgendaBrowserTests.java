package nl.goedgesprek.conversations;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import nl.goedgesprek.conversations.internal.Conversation;
import nl.goedgesprek.conversations.internal.ConversationRepository;
import nl.goedgesprek.support.Browser;
import nl.goedgesprek.support.BrowserTest;
import nl.goedgesprek.support.DemoUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In headless Chromium on the demo organisation: Sanne puts a topic on the running agenda from her
 * home page and Pieter finds it on their next conversation's agenda; Pieter's eigen notities, typed on
 * the conversation page and saved as he types, are on no page Sanne can open.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(DemoUsers.class)
class RunningAgendaBrowserTests extends BrowserTest {

	@Autowired
	DemoUsers demo;

	@Autowired
	ConversationRepository conversations;

	private List<Conversation> sannes() {
		return conversations.findByEmployeeIdOrderByScheduledAtDesc(demo.id("sanne.devries"));
	}

	@Test
	void aTopicTheEmployeeAddsIsOnTheManagersNextAgenda() {
		signIn("sanne.devries", "Welkom, Sanne");
		follow("Lopende agenda: onderwerpen voor je volgende gesprek", "Lopende agenda");
		follow("Met Pieter Jansen (je leidinggevende)", "Lopende agenda met Pieter Jansen");
		browser.findElement(By.id("text")).sendKeys("Een cursus Engels voor de klantenlijn");
		clickThrough("form[action$='/topics'] button[type=submit]", "Lopende agenda met Pieter Jansen");
		assertThat(text("main")).contains("Een cursus Engels voor de klantenlijn", "toegevoegd door Sanne de Vries");
		Browser.screenshot(browser, "running-agenda");
		Browser.phoneScreenshot(browser, "running-agenda");
		signOut();

		signIn("pieter.jansen", "Welkom, Pieter");
		open("/conversations/" + sannes().get(0).id().value(), "Jaargesprek met Sanne de Vries");
		assertThat(text(".agenda")).contains("Van de lopende agenda", "Een cursus Engels voor de klantenlijn",
				"toegevoegd door Sanne de Vries", "De drukte rond de jaarafsluiting");
		Browser.screenshotAt(browser, "running-agenda-on-conversation", ".agenda");
	}

	@Test
	void privateNotesAreOnNoPageTheOtherParticipantCanOpen() {
		long held = sannes().stream().filter(c -> c.status().closed()).findFirst().orElseThrow().id().value();
		long next = sannes().get(0).id().value();
		String secret = "Voor mezelf: Sanne vragen naar haar energie";

		signIn("pieter.jansen", "Welkom, Pieter");
		for (long id : new long[] { held, next }) {
			browser.get(url("/conversations/" + id));
			var field = browser.findElement(By.id("private-note-text"));
			field.clear();
			field.sendKeys(secret);
			awaitText("#private-note-status", "Opgeslagen");
		}
		browser.navigate().refresh();
		assertThat(browser.findElement(By.id("private-note-text")).getAttribute("value")).isEqualTo(secret);
		Browser.screenshotAt(browser, "private-note", "#private-note");
		signOut();

		signIn("sanne.devries", "Welkom, Sanne");
		for (String page : List.of("/conversations/" + held, "/conversations/" + held + "/record",
				"/conversations/" + held + "/talk", "/conversations/" + next, "/conversations/" + next + "/preparation",
				"/agenda", "/agreements", "/me/input", "/me/data", "/")) {
			browser.get(url(page));
			Browser.waitFor(browser, Duration.ofSeconds(10)).until(d -> !d.findElements(By.tagName("h1")).isEmpty());
			assertThat(browser.getPageSource()).as(page).doesNotContain(secret);
		}
	}

}
