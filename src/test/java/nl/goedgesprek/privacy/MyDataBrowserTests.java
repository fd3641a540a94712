package nl.goedgesprek.privacy;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import nl.goedgesprek.privacy.internal.ReadLog;
import nl.goedgesprek.shared.ContentRead;
import nl.goedgesprek.shared.PersonalData;
import nl.goedgesprek.support.Browser;
import nl.goedgesprek.support.BrowserTest;
import nl.goedgesprek.support.DemoUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sanne opens everything kept about her, sees her manager's read of her record, asks for a download,
 * watches its progress in the status line (htmx polling) and gets the ZIP. A module of this test adds
 * a slow section, so the progress is there to see.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ DemoUsers.class, MyDataBrowserTests.SlowModule.class })
class MyDataBrowserTests extends BrowserTest {

	@Autowired
	DemoUsers demo;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	ReadLog readLog;

	@TestConfiguration
	static class SlowModule {

		/** A module with nothing to show that takes its time, like a long history would. */
		@Bean
		PersonalData slowModule() {
			return new PersonalData() {
				@Override
				public List<String> sections() {
					return List.of();
				}

				@Override
				public Set<String> tables() {
					return Set.of();
				}

				@Override
				public List<Section> of(long personId) {
					try {
						Thread.sleep(4000);
					}
					catch (InterruptedException interrupted) {
						Thread.currentThread().interrupt();
					}
					return List.of();
				}
			};
		}

	}

	@Test
	void sanneSeesWhoReadHerRecordAndDownloadsEverything() {
		long sanne = demo.id("sanne.devries").value();
		long pieter = demo.id("pieter.jansen").value();
		events.publishEvent(ContentRead.ofConversation(pieter, sanne, ContentRead.Kind.RECORD, 1));
		readLog.flush();

		signIn("sanne.devries", "Welkom, Sanne");
		follow("Bekijk alles wat over jou is vastgelegd", "Alles wat over jou is vastgelegd");
		assertThat(text("#pd-readsOfYourData")).contains("Pieter Jansen", "het verslag");
		assertThat(text(".pd-not-here")).contains("Wat hier niet staat");
		Browser.screenshot(browser, "my-data");

		browser.findElement(By.cssSelector("#export button[type=submit]")).click();
		awaitText("#export", "Je download wordt gemaakt");
		assertThat(browser.findElement(By.cssSelector("#export")).getAttribute("aria-live")).isEqualTo("polite");
		assertThat(browser.findElements(By.cssSelector("#export progress"))).hasSize(1);
		Browser.screenshotAt(browser, "my-data-export-busy", "#export");

		Browser.waitFor(browser, Duration.ofSeconds(60))
			.until(d -> d.findElement(By.linkText("Download je gegevens (zip)")).isDisplayed());
		Browser.screenshotAt(browser, "my-data-export-ready", "#export");
		String href = browser.findElement(By.linkText("Download je gegevens (zip)")).getAttribute("href");
		Object answer = browser.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done(r.status + ' ' + r.headers.get('content-type') + ' ' + b.byteLength)));
				""", href);
		String[] parts = answer.toString().split(" ");
		assertThat(parts[0]).isEqualTo("200");
		assertThat(parts[1]).isEqualTo("application/zip");
		assertThat(Long.parseLong(parts[2])).isGreaterThan(1000);
	}

}
