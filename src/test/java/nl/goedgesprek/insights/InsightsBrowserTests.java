package nl.goedgesprek.insights;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import nl.goedgesprek.support.Browser;
import nl.goedgesprek.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo HR adviser opens the dashboard in headless Chromium: figures, a heat map and charts, and
 * not one word that anyone wrote in a conversation; the HR team (two people) shows nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class InsightsBrowserTests extends BrowserTest {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theHrAdviserSeesFiguresAndNoContent() {
		signIn("fatima.elamrani", "Welkom, Fatima");
		follow("Inzicht", "Inzicht");
		String page = browser.findElement(By.tagName("main")).getText();
		assertThat(page).contains("Gebeurt het?", "Komen de kernthema's aan bod?", "Tweezijdigheid", "te weinig mensen");
		List<String> content = jdbc.queryForList("""
				select text from note union all select description from agreement
				union all select text from answer where text is not null union all select text from talking_point
				union all select appreciation from preparation where appreciation is not null
				union all select text from employee_view union all select text from amendment""", String.class);
		assertThat(content).isNotEmpty().noneMatch(browser.getPageSource()::contains);
		Browser.screenshot(browser, "insights");

		// Printed, the tables folded under the charts open (js/print.js), and close again afterwards.
		String folded = "#pulse details.print-open";
		assertThat(browser.findElement(By.cssSelector(folded)).getDomProperty("open")).isEqualTo("false");
		browser.executeScript("window.dispatchEvent(new Event('beforeprint'))");
		assertThat(browser.findElement(By.cssSelector(folded)).getDomProperty("open")).isEqualTo("true");
		browser.executeScript("window.dispatchEvent(new Event('afterprint'))");
		assertThat(browser.findElement(By.cssSelector(folded)).getDomProperty("open")).isEqualTo("false");

		new Select(browser.findElement(By.id("team"))).selectByVisibleText("HR & Organisatie");
		clickThrough("form.filters button[type=submit]", "Inzicht");
		assertThat(text("main")).contains("Deze groep is kleiner dan 5 mensen");
	}

	/**
	 * With more than a dozen teams the coverage table shows the ten lowest first; opening "all teams"
	 * fetches every team's row. The thirteen teams are added here and taken away again, as other
	 * browser tests share this database.
	 */
	@Test
	void manyTeamsShowTheLowestTenAndLoadTheRestOnRequest() {
		long manager = jdbc.queryForObject("select id from employee where email = 'pieter.jansen@horizon.example'", Long.class);
		try {
			for (int i = 0; i < 13; i++) {
				jdbc.update("insert into team (version, name, active) values (0, ?, true)", "Extra team " + (char) ('A' + i));
				jdbc.update("""
						insert into employee (version, name, email, team_id, manager_id, active)
						values (0, ?, ?, (select id from team where name = ?), ?, true)""", "Extra medewerker " + i,
						"extra" + i + "@horizon.example", "Extra team " + (char) ('A' + i), manager);
			}
			signIn("fatima.elamrani", "Welkom, Fatima");
			open("/insights", "Inzicht");
			var coverage = browser.findElement(By.id("coverage"));
			assertThat(coverage.findElements(By.cssSelector("table tbody tr"))).hasSize(10);
			coverage.findElement(By.cssSelector("details.all-teams summary")).click();
			awaitText("#coverage details.all-teams", "Extra team M");
			// every active team, also the board (no one in it has a manager): it reads "te weinig mensen"
			long teams = jdbc.queryForObject("select count(*) from team where active = true", Long.class);
			assertThat(coverage.findElements(By.cssSelector("details.all-teams table tbody tr"))).as("every team, one row each")
				.hasSize((int) teams);
			Browser.screenshot(browser, "insights-all-teams");
		}
		finally {
			jdbc.update("delete from employee where email like 'extra%@horizon.example'");
			jdbc.update("delete from team where name like 'Extra team %'");
		}
	}

}
