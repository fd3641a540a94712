package nl.goedgesprek.people.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.Filter;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import nl.goedgesprek.support.Browser;
import nl.goedgesprek.support.BrowserTest;
import nl.goedgesprek.support.DemoUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Jeroen imports 300 people: the preview lists the rows with an error first and sums up the rest, a
 * confirm that takes its time says so after a second, a second press of the button sends nothing
 * more, and the people page says once that the import is done. A filter of this test counts the
 * confirms that reach the server and makes each take two seconds, as a large file does.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ DemoUsers.class, LongImportBrowserTests.SlowConfirm.class })
class LongImportBrowserTests extends BrowserTest {

	static final AtomicInteger confirms = new AtomicInteger();

	@TestConfiguration
	static class SlowConfirm {

		@Bean
		FilterRegistrationBean<Filter> slowConfirm() {
			FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
				confirms.incrementAndGet();
				try {
					Thread.sleep(2000);
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
				}
				chain.doFilter(request, response);
			});
			registration.addUrlPatterns("/admin/import/confirm");
			return registration;
		}

	}

	@Autowired
	DemoUsers demo;

	@Test
	void aLongImportShowsItIsBusyAndGoesThroughOnce() throws IOException {
		StringBuilder csv = new StringBuilder("naam;email;team\n");
		for (int i = 1; i <= 300; i++) {
			csv.append("Nieuwe Collega ").append(i).append(";nieuw").append(i).append("@horizon.example;Klantcontact\n");
		}
		csv.append("Zonder Adres;;Klantcontact\n");
		Path file = Files.createTempFile("mensen", ".csv");
		Files.writeString(file, csv, StandardCharsets.UTF_8);

		signIn("jeroen.bos", "Welkom, Jeroen");
		open("/admin/import", "Mensen importeren");
		browser.findElement(By.id("file")).sendKeys(file.toString());
		clickThrough("form[action$='/admin/import/preview'] button[type=submit]", "Mensen importeren");
		List<WebElement> rows = browser.findElements(By.cssSelector("#preview-heading ~ .table-scroll tbody tr"));
		assertThat(rows).hasSize(100);
		assertThat(rows.get(0).getText()).as("the row with an error comes first").contains("302", "Zonder Adres");
		assertThat(text(".import-listed")).contains("100 van de 301 regels");
		Browser.screenshot(browser, "import-preview-errors-first");

		Files.writeString(file, csv.substring(0, csv.indexOf("Zonder Adres")), StandardCharsets.UTF_8);
		browser.findElement(By.id("file")).sendKeys(file.toString());
		clickThrough("form[action$='/admin/import/preview'] button[type=submit]", "Mensen importeren");
		WebElement confirm = browser.findElement(By.cssSelector("form[action$='/admin/import/confirm'] button[type=submit]"));
		confirms.set(0);
		// Two presses in one go (Selenium's own click waits for the page the first one opens). ChromeDriver
		// also waits for that page before its next command, so what the old page showed meanwhile is
		// noted in the tab's sessionStorage, which the next page of this site can read.
		browser.executeScript("""
				const button = arguments[0];
				new MutationObserver(() => {
				  const status = document.querySelector('.busy[role=status]');
				  if (status && status.textContent) {
				    sessionStorage.setItem('busy', status.textContent + ' | ' + button.getAttribute('aria-disabled'));
				  }
				}).observe(document.body, { subtree: true, childList: true, characterData: true });
				button.click();
				button.click();
				""", confirm);
		Browser.awaitHeading(browser, "Mensen");
		assertThat(confirms.get()).as("confirms that reached the server").isEqualTo(1);
		assertThat(browser.findElements(By.cssSelector(".notice--success"))).hasSize(1);
		assertThat(text(".notice--success")).contains("De import is klaar: 300 toegevoegd, 0 bijgewerkt.");
		assertThat(browser.executeScript("return sessionStorage.getItem('busy')"))
			.as("the status line while the import ran, and whether the button was marked pressed")
			.isEqualTo("Bezig, dit kan even duren. Je hoeft niet nog eens te klikken. | true");
		Files.delete(file);
	}

}
