package nl.goedgesprek.support;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every browser test class shares: a fresh headless Chromium per test against the application
 * on its random port, and the steps a user takes (sign in as a demo person, open a page and wait for
 * its heading, fill a date, wait for a text).
 */
public abstract class BrowserTest {

	@LocalServerPort
	protected int port;

	protected ChromeDriver browser;

	@BeforeEach
	void openBrowser() {
		browser = Browser.start();
	}

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	protected String url(String path) {
		return "http://localhost:" + port + path;
	}

	/** Opens a page and waits until its heading says {@code heading}. */
	protected void open(String path, String heading) {
		browser.get(url(path));
		Browser.awaitHeading(browser, heading);
	}

	/** Clicks the element {@code css} finds and waits for the page it leads to (see {@link Browser#clickThrough}). */
	protected void clickThrough(String css, String heading) {
		Browser.clickThrough(browser, browser.findElement(By.cssSelector(css)), heading);
	}

	/** Follows the link with this text and waits for the page it leads to. */
	protected void follow(String linkText, String heading) {
		Browser.clickThrough(browser, browser.findElement(By.linkText(linkText)), heading);
	}

	/** Signs in as a demo person ({@code sanne.devries}) and waits for the home page's heading. */
	protected void signIn(String demoUser, String heading) {
		Browser.signIn(browser, url(""), demoUser + DemoUsers.DOMAIN);
		Browser.awaitHeading(browser, heading);
	}

	protected void signOut() {
		Browser.signOut(browser);
	}

	/** Sets a date field as the date picker would; typing depends on the browser's locale. */
	protected void setDate(String id, LocalDate date) {
		browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id(id)), date.toString());
	}

	/** Waits until the element shows the text; htmx may still be swapping it in. */
	protected void awaitText(String css, String expected) {
		Browser.waitFor(browser, Duration.ofSeconds(10)).withMessage(() -> css + " showing '" + expected + "'")
			.until(d -> d.findElement(By.cssSelector(css)).getText().contains(expected));
	}

	protected String text(String css) {
		return browser.findElement(By.cssSelector(css)).getText();
	}

}
