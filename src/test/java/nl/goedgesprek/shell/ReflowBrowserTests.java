package nl.goedgesprek.shell;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import nl.goedgesprek.support.Browser;
import nl.goedgesprek.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every role's main pages at phone width (390 px) and laptop width (1,280 px), in Dutch and English
 * (WCAG 1.4.10, reflow): the page never scrolls sideways, no table cell that holds data is hidden,
 * the header stays small, and axe-core finds nothing serious or critical (WCAG 2.1 AA tags). Each
 * page is saved to target/screenshots as {@code reflow-ROLE-PAGE-WIDTH-LANG.png} to look at.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReflowBrowserTests extends BrowserTest {

	static final List<String> AXE_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	@Autowired
	JdbcTemplate jdbc;

	/**
	 * The English runs choose English for the demo person, which is kept with the person. The context
	 * (and its database) is shared with other browser tests that read the Dutch pages: give it back.
	 */
	@org.junit.jupiter.api.AfterEach
	void everyoneBackToTheDefaultLanguage() {
		jdbc.update("update employee set language = null where language is not null");
	}

	@ParameterizedTest(name = "{0} in {1}")
	@CsvSource({ "sanne.devries, nl", "sanne.devries, en", "pieter.jansen, nl", "pieter.jansen, en",
			"fatima.elamrani, nl", "fatima.elamrani, en", "jeroen.bos, nl", "jeroen.bos, en" })
	void everyMainPageFitsAPhoneAndALaptop(String person, String language) {
		Browser.signIn(browser, url(""), person + "@horizon.example");
		new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
			.until(d -> d.findElements(By.cssSelector("form.logout")).size() > 0);
		if (language.equals("en")) {
			browser.executeScript("document.querySelector('.language button[value=en]').click()");
			new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
				.until(d -> "en".equals(d.findElement(By.tagName("html")).getDomAttribute("lang")));
		}
		List<String> problems = new ArrayList<>();
		for (var page : pagesOf(person).entrySet()) {
			for (int width : new int[] { 390, 1280 }) {
				Browser.viewport(browser, width);
				browser.get(url(page.getValue()));
				browser.findElement(By.tagName("h1"));
				String where = person + " " + page.getKey() + " " + width + "px " + language;
				problems.addAll(reflowProblems(where, width));
				// axe reads the same markup at both widths (the folded menu is only hidden, not removed), and
				// it is most of this test's time: it runs at both widths in Dutch and at the laptop width
				// in English, which keeps the whole suite within CI's 15 minutes.
				if (language.equals("nl") || width == 1280) {
					problems.addAll(axeProblems(where));
					Browser.screenshot(browser, "reflow-" + person.substring(0, person.indexOf('.')) + "-" + page.getKey()
							+ "-" + width + "-" + language);
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	/** The pages each role uses most; the conversations come from the demo data. */
	Map<String, String> pagesOf(String person) {
		Map<String, String> pages = new LinkedHashMap<>();
		long me = jdbc.queryForObject("select id from employee where email = ?", Long.class, person + "@horizon.example");
		pages.put("home", "/");
		pages.put("inbox", "/inbox");
		pages.put("agreements", "/agreements");
		pages.put("development", "/development");
		pages.put("timeline", "/people/" + me + "/timeline");
		pages.put("profile", "/me");
		conversation(me, "status in ('PLANNED', 'PREPARING')").ifPresent(id -> pages.put("preparation", "/conversations/" + id + "/preparation"));
		conversation(me, "status in ('STARTED', 'HELD', 'COMPLETED')").ifPresent(id -> pages.put("talk", "/conversations/" + id + "/talk"));
		conversation(me, "status in ('HELD', 'COMPLETED')").ifPresent(id -> pages.put("record", "/conversations/" + id + "/record"));
		if (person.startsWith("pieter")) {
			pages.put("team", "/team");
			pages.put("team-insights", "/team/insights");
			long report = jdbc.queryForObject("select id from employee where email = 'sanne.devries@horizon.example'", Long.class);
			pages.put("report-development", "/people/" + report + "/development");
			pages.put("report-timeline", "/people/" + report + "/timeline");
		}
		if (person.startsWith("fatima") || person.startsWith("jeroen")) {
			pages.put("people", "/admin/people");
			pages.put("teams", "/admin/teams");
			pages.put("dashboard", "/insights");
			pages.put("conversations", "/admin/conversations");
			pages.put("cards", "/admin/cards");
		}
		if (person.startsWith("jeroen")) {
			pages.put("organisation", "/admin/organisation");
			pages.put("audit", "/admin/audit");
			pages.put("mail", "/admin/mail");
		}
		return pages;
	}

	private java.util.Optional<Long> conversation(long person, String condition) {
		return jdbc.queryForList("select id from conversation where (employee_id = ? or manager_id = ?) and " + condition
				+ " order by scheduled_at desc", Long.class, person, person).stream().findFirst();
	}

	@SuppressWarnings("unchecked")
	private List<String> reflowProblems(String where, int width) {
		List<String> problems = new ArrayList<>();
		// Opening every folded table ("Als tabel") too: it must not widen the page either.
		browser.executeScript("document.querySelectorAll('details').forEach(d => d.open = true)");
		Long pageWidth = (Long) browser.executeScript("return document.documentElement.scrollWidth");
		Long viewport = (Long) browser.executeScript("return document.documentElement.clientWidth");
		if (pageWidth > viewport) {
			List<String> wide = (List<String>) browser.executeScript("""
					const vw = document.documentElement.clientWidth;
					return [...document.querySelectorAll('main *, header *')]
					  .filter(e => e.getBoundingClientRect().right > vw + 1 && !e.closest('.table-scroll'))
					  .slice(0, 5).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right));""");
			problems.add(where + ": the page is " + pageWidth + " px wide in a " + viewport + " px window " + wide);
		}
		List<String> hidden = (List<String>) browser.executeScript("""
				return [...document.querySelectorAll('td, th')]
				  .filter(c => c.textContent.trim() !== '' && getComputedStyle(c).display === 'none')
				  .map(c => c.textContent.trim().slice(0, 30));""");
		if (!hidden.isEmpty()) {
			problems.add(where + ": hidden table cells " + hidden);
		}
		List<String> cut = (List<String>) browser.executeScript("""
				return [...document.querySelectorAll('table')]
				  .filter(t => t.getBoundingClientRect().width > 0 && t.parentElement.clientWidth + 1 < t.scrollWidth)
				  .map(t => (t.querySelector('caption, th') || t).textContent.trim().slice(0, 30) + ' ' + t.scrollWidth + '>' + t.parentElement.clientWidth);""");
		if (!cut.isEmpty()) {
			problems.add(where + ": tables wider than their place " + cut);
		}
		Long header = (Long) browser.executeScript("return Math.round(document.querySelector('.site-header').getBoundingClientRect().height)");
		if (header > (width < 600 ? 80 : 140)) {
			problems.add(where + ": the header is " + header + " px high");
		}
		browser.executeScript("document.querySelectorAll('details').forEach(d => d.open = false)");
		return problems;
	}

	private List<String> axeProblems(String where) {
		Results results = new AxeBuilder().withTags(AXE_TAGS).analyze(browser);
		List<String> problems = new ArrayList<>();
		for (Rule rule : results.getViolations()) {
			if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
				problems.add(where + ": axe " + rule.getId() + " (" + rule.getImpact() + ") at "
						+ rule.getNodes().stream().limit(3).map(n -> String.valueOf(n.getTarget())).toList());
			}
		}
		return problems;
	}

}
