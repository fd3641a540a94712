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
 * the header stays small, and axe-core finds nothing serious or critical (WCAG 2.1 AA tags; colour
 * contrast on the Dutch pages, whose colours the English ones share). Each
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
	/**
	 * axe-core (half a megabyte of script) is loaded with every page by the browser itself, instead of
	 * being sent through WebDriver for every check: sending it was most of a check's time.
	 */
	@org.junit.jupiter.api.BeforeEach
	void everyPageCarriesAxe() throws java.io.IOException {
		try (var script = AxeBuilder.class.getResourceAsStream("/axe.min.js")) {
			String axe = new String(script.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
			browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", axe));
		}
	}

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
		// each kind of page once per language: the home page and one's own conversation pages for every
		// role (they differ per side), the rest for the first role that reaches it
		java.util.Set<String> checked = CHECKED.computeIfAbsent(language, l -> java.util.concurrent.ConcurrentHashMap.newKeySet());
		Browser.viewport(browser, 1280);
		// in English one's own conversation pages are checked once, like any other kind
		java.util.function.Predicate<String> eachPerson = kind -> language.equals("nl") ? perPerson(kind) : kind.equals("/");
		Map<String, String> pages = crawl(person, kind -> !eachPerson.test(kind) && checked.contains(kind), (kind, path) -> {
			if (!eachPerson.test(kind) && !checked.add(kind)) {
				return false;
			}
			// colours are the same in both languages: contrast is checked on the Dutch pages
			boolean contrast = language.equals("nl");
			problems.addAll(check(person, kind, 1280, language, FULL, contrast));
			// the same page at phone width, without loading it again: the layout follows the viewport
			Browser.viewport(browser, 390);
			problems.addAll(check(person, kind, 390, language, kind.equals("/") && contrast ? NARROW_HOME : NARROW, contrast));
			Browser.viewport(browser, 1280);
			return true;
		});
		assertThat(pages).as("pages of " + person + " checked").hasSizeGreaterThan(2);
		System.out.println("Reflow and axe for " + person + " in " + language + ": " + pages.size() + " pages " + pages.keySet());
		assertThat(problems).isEmpty();
	}

	/** The checks can fail: a page without a language, with an unnamed image and a page too wide. */
	@org.junit.jupiter.api.Test
	void theChecksFindWhatTheyLookFor() {
		browser.get("data:text/html,<html><body><header class=site-header></header><main><h1>Test</h1>"
				+ "<img src=x><div style='width:2000px'>breed</div></main></body></html>");
		Browser.viewport(browser, 390);
		List<String> problems = check("no.body", "/test", 390, "en", FULL, true);
		assertThat(problems).anyMatch(problem -> problem.contains("axe image-alt"))
			.anyMatch(problem -> problem.contains("axe html-has-lang"))
			.anyMatch(problem -> problem.contains(" px wide in a "));
	}

	/** Every rule of the WCAG 2.1 AA tags, at the laptop width. */
	static final List<String> FULL = List.of();

	/**
	 * At phone width axe reads the same markup; what the narrow layout can change is what scrolls, what
	 * overlaps and the landmarks of what moved (the folded menu). Only these rules run again there, in
	 * both languages: the whole set at both widths in both languages was most of the suite's time.
	 */
	static final List<String> NARROW = List.of("scrollable-region-focusable", "region", "nested-interactive",
			"link-in-text-block", "meta-viewport");

	/**
	 * Contrast is a second of axe's time per page. The narrow layout changes the colours of the header
	 * alone (the folded menu; table labels are drawn by CSS, which axe does not read), and the header is
	 * the same on every page of a person: it is checked at phone width on the home page.
	 */
	static final List<String> NARROW_HOME = java.util.stream.Stream.concat(NARROW.stream(), java.util.stream.Stream.of("color-contrast"))
		.toList();

	private List<String> check(String person, String kind, int width, String language, List<String> rules,
			boolean contrast) {
		String where = person + " " + kind + " " + width + "px " + language;
		List<String> problems = new ArrayList<>(reflowProblems(where, width));
		problems.addAll(axeProblems(where, rules, contrast));
		// screenshots of the phone width, to look at (saving one per page and width cost the suite time)
		if (language.equals("nl") && width < 600) {
			Browser.screenshot(browser, "reflow-" + person.substring(0, person.indexOf('.')) + "-"
				+ kind.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "") + "-" + width + "-" + language);
		}
		return problems;
	}

	/** The home page and one's own conversation pages look different for each person. */
	static boolean perPerson(String kind) {
		return kind.equals("/") || kind.startsWith("/conversations/{id}");
	}

	/** The kinds of page checked so far in each language, over the roles of this class. */
	static final Map<String, java.util.Set<String>> CHECKED = new java.util.concurrent.ConcurrentHashMap<>();

	/** At most this many different pages per person: every kind of page once, not every conversation. */
	static final int MOST_PAGES = 60;

	/**
	 * Every page the person reaches by following links from the home page (and from the pages their
	 * conversations open), each kind of page once: a path with its ids replaced ({@code
	 * /conversations/{id}/record}) is one kind. Downloads, feeds and signing out are not pages.
	 */
	@SuppressWarnings("unchecked")
	Map<String, String> crawl(String person, java.util.function.Predicate<String> checkedBefore,
			java.util.function.BiPredicate<String, String> check) {
		Map<String, String> pages = new LinkedHashMap<>();
		java.util.Deque<String> queue = new java.util.ArrayDeque<>(start(person));
		java.util.Set<String> seen = new java.util.HashSet<>();
		while (!queue.isEmpty() && pages.size() < MOST_PAGES) {
			String path = queue.removeFirst();
			String kind = kindOf(path);
			// a kind another role's crawl checked is not opened again: its links were followed then
			if (!seen.add(kind) || checkedBefore.test(kind)) {
				continue;
			}
			browser.get(url(path));
			String at = (String) browser.executeScript("return location.pathname + location.search");
			if (browser.findElements(By.tagName("h1")).isEmpty() || !kindOf(at).equals(kind) && seen.contains(kindOf(at))) {
				continue;
			}
			seen.add(kindOf(at));
			if (check.test(kind, at)) {
				pages.put(kind, at);
			}
			List<String> links = (List<String>) browser.executeScript("""
					return [...document.querySelectorAll('a[href]')]
					  .filter(a => a.origin === location.origin && !a.hasAttribute('download'))
					  .map(a => a.pathname + a.search);""");
			links.stream().filter(ReflowBrowserTests::aPage).forEach(queue::addLast);
		}
		return pages;
	}

	private static final java.util.regex.Pattern NOT_A_PAGE = java.util.regex.Pattern.compile(
			"^/(logout|css|js|img|webjars|actuator|calendar|scim)(/|$)|\\.(csv|pdf|ics|zip|png|svg)($|\\?)|/(export|download|pdf|csv|feed)(/|$|\\?)");

	static boolean aPage(String path) {
		return !NOT_A_PAGE.matcher(path).find();
	}

	/** A page's kind: its path with numbers as {id}, without the query (a period, a page number). */
	static String kindOf(String path) {
		String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
		return bare.replaceAll("/\\d+", "/{id}");
	}

	/** Where the crawl starts: the home page, and the person's conversations in each state. */
	List<String> start(String person) {
		List<String> start = new ArrayList<>();
		long me = jdbc.queryForObject("select id from employee where email = ?", Long.class, person + "@horizon.example");
		start.add("/");
		conversation(me, "status in ('PLANNED', 'PREPARING')").ifPresent(id -> start.add("/conversations/" + id + "/preparation"));
		conversation(me, "status in ('STARTED', 'HELD', 'COMPLETED')").ifPresent(id -> start.add("/conversations/" + id + "/talk"));
		conversation(me, "status in ('HELD', 'COMPLETED')").ifPresent(id -> start.add("/conversations/" + id + "/record"));
		return start;
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
					return [...document.querySelectorAll('body *')]
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

	/**
	 * @param contrast whether colour contrast is checked: it is about a second of axe's time per page,
	 * and the English pages have the same colours as the Dutch ones
	 */
	private List<String> axeProblems(String where, List<String> rules, boolean contrast) {
		// only violations are asked for: axe then skips describing every passed check, most of its time
		com.deque.html.axecore.args.AxeRunOnlyOptions only = new com.deque.html.axecore.args.AxeRunOnlyOptions();
		only.setType(rules.isEmpty() ? "tag" : "rule");
		only.setValues(rules.isEmpty() ? AXE_TAGS : rules);
		com.deque.html.axecore.args.AxeRunOptions options = new com.deque.html.axecore.args.AxeRunOptions();
		options.setRunOnly(only);
		options.setResultTypes(List.of("violations"));
		options.setIFrames(false);
		if (!contrast) {
			com.deque.html.axecore.args.AxeRuleOptions off = new com.deque.html.axecore.args.AxeRuleOptions();
			off.setEnabled(false);
			options.setRules(Map.of("color-contrast", off));
		}
		// axe is in the page already (everyPageCarriesAxe); the legacy mode runs it in the page itself,
		// where the default opens a window of its own and loads axe again there for every check
		AxeBuilder axe = new AxeBuilder().withOptions(options).setLegacyMode(true);
		axe.setInjectAxe(driver -> { }, true);
		Results results = axe.analyze(browser);
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
