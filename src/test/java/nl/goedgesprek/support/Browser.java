package nl.goedgesprek.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium and ChromeDriver, as installed by {@code .ci/run}. Nothing is downloaded:
 * Selenium gets both paths, so its driver manager never runs.
 */
public final class Browser {

	private static final Path CHROMIUM = Path.of(env("GOEDGESPREK_CHROMIUM", "/usr/bin/chromium"));

	private static final Path CHROMEDRIVER = Path.of(env("GOEDGESPREK_CHROMEDRIVER", "/usr/bin/chromedriver"));

	private static final Path SCREENSHOTS = Path.of("target/screenshots");

	private Browser() {
	}

	/** A fresh headless browser at laptop size; skips the test (never on CI) when Chromium is missing. */
	public static ChromeDriver start() {
		TestEnvironment.require(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"Chromium (" + CHROMIUM + ") with ChromeDriver (" + CHROMEDRIVER + ")");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--lang=nl-NL", "--window-size=1366,900");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		return driver;
	}

	/**
	 * A wait that looks again while the page is being replaced. After a click, a navigation or an htmx
	 * swap, Chrome answers a read of the old page with a stale element, no such element, or "node does
	 * not belong to the document" (a plain {@link org.openqa.selenium.WebDriverException}): each means
	 * "look again", not "failed". Every wait of the browser tests starts here, so none of them fails on
	 * one of these in the middle of a page change.
	 */
	public static WebDriverWait waitFor(org.openqa.selenium.WebDriver driver, Duration timeout) {
		WebDriverWait wait = new WebDriverWait(driver, timeout);
		wait.ignoring(org.openqa.selenium.WebDriverException.class);
		return wait;
	}

	/** Waits for the page's heading to read {@code expected}, looking again while the page changes. */
	public static void awaitHeading(ChromeDriver driver, String expected) {
		waitFor(driver, Duration.ofSeconds(10))
			.withMessage(() -> "heading '" + expected + "' on " + driver.getCurrentUrl())
			.until(d -> expected.equals(d.findElement(By.tagName("h1")).getText()));
	}

	/**
	 * Clicks a link or a form's button and waits for the page it leads to. The old page must be gone
	 * first: a form that saves and shows its own page again (an agreement added during the
	 * conversation, a record acknowledged) has the same heading before and after, and a click on
	 * the old page's elements would then hit a page that is being replaced.
	 */
	public static void clickThrough(ChromeDriver driver, WebElement target, String expectedHeading) {
		WebElement oldPage = driver.findElement(By.tagName("html"));
		target.click();
		waitFor(driver, Duration.ofSeconds(10)).withMessage(() -> "leaving " + driver.getCurrentUrl())
			.until(ExpectedConditions.stalenessOf(oldPage));
		awaitHeading(driver, expectedHeading);
	}

	public static void awaitUrlContaining(ChromeDriver driver, String part) {
		waitFor(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains(part));
	}

	/** Signs in on the login page at {@code baseUrl} as {@code email}, with the demo password. */
	public static void signIn(ChromeDriver driver, String baseUrl, String email) {
		driver.get(baseUrl + "/login");
		driver.findElement(By.id("username")).sendKeys(email);
		driver.findElement(By.id("password")).sendKeys("goedgesprek");
		driver.findElement(By.cssSelector("form.form button[type=submit]")).click();
	}

	public static void signOut(ChromeDriver driver) {
		driver.findElement(By.cssSelector("form.logout button")).click();
		awaitUrlContaining(driver, "/login?logout");
	}

	/** Saves the page from its top, as the user first sees it; {@code target/screenshots/NAME.png}. */
	public static void screenshot(ChromeDriver driver, String name) {
		driver.executeScript("window.scrollTo(0, 0)");
		save(driver, name);
	}

	/** Saves the page scrolled to one element, such as a theme halfway down. */
	public static void screenshotAt(ChromeDriver driver, String name, String cssSelector) {
		driver.executeScript("arguments[0].scrollIntoView({block: 'start'})", driver.findElement(By.cssSelector(cssSelector)));
		save(driver, name);
	}

	private static void save(ChromeDriver driver, String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Sets the page's viewport to {@code width} CSS pixels (844 high), as a phone (below 600 px, with a
	 * touch screen's viewport rules) or a laptop would have it; stays until set again.
	 */
	public static void viewport(ChromeDriver driver, int width) {
		driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of("width", width, "height", 844,
				"deviceScaleFactor", 1, "mobile", width < 600));
	}

	/** The same page at phone width, then back to laptop width. */
	public static void phoneScreenshot(ChromeDriver driver, String name) {
		Dimension laptop = driver.manage().window().getSize();
		driver.manage().window().setSize(new Dimension(390, 844));
		screenshot(driver, name + "-phone");
		driver.manage().window().setSize(laptop);
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

}
