package nl.goedgesprek.shell.web;

import java.time.LocalDate;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import nl.goedgesprek.support.DemoUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "Wat wacht op jou" on the demo organisation's home pages: each role sees its own to-dos, the most
 * urgent first, each with one link; signing a record "voor gezien" takes it off the list and takes
 * "Teken het voor gezien" out of the inbox.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(DemoUsers.class)
@DirtiesContext
class ToDoListIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoUsers demo;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	java.time.Clock clock;

	@Test
	void theEmployeeSeesHerOverdueAgreementFirstAndTheConversationToPrepare() throws Exception {
		var items = home("sanne.devries").select(".todo__item");
		assertThat(items).isNotEmpty();
		assertThat(items.get(0).text()).contains("te laat", "Thuiswerkafspraak voor vrijdag op papier zetten");
		assertThat(items.get(0).select("a")).hasSize(1);
		assertThat(items.text()).contains("Bereid je jaargesprek met Pieter Jansen");
		assertThat(items.select("a").eachAttr("href")).anyMatch(href -> href.endsWith("/preparation"));
	}

	@Test
	void theManagerSeesRecordsToSignAgreementsDueAndReportsToPlan() throws Exception {
		var items = home("pieter.jansen").select(".todo__item");
		assertThat(items.text()).contains("Teken het verslag van je check-in met Lotte Bakker",
				"Sanne voordragen voor de werkgroep klantportaal", "Plan een gesprek met");
		// overdue first: the reports the rhythm asks to plan come before the record to sign
		int firstOverdue = items.stream().map(e -> e.hasClass("is-overdue")).toList().indexOf(true);
		int sign = items.stream().map(e -> e.text().contains("Teken het verslag")).toList().indexOf(true);
		assertThat(firstOverdue).isZero();
		assertThat(sign).isGreaterThan(firstOverdue);
		items.forEach(item -> assertThat(item.select("a")).hasSize(1));
	}

	@Test
	void theHrAdviserAndTheAdministratorGetTheirOwnList() throws Exception {
		assertThat(home("fatima.elamrani").select(".todo__item").text()).contains("Bereid je jaargesprek met Eva");
		assertThat(home("jeroen.bos").select("#todo-heading")).hasSize(1);
	}

	@Test
	void signingTheRecordTakesItOffTheListAndOutOfTheInbox() throws Exception {
		long lotte = jdbc.queryForObject("""
				select c.id from conversation c join employee e on e.id = c.employee_id
				where e.email = 'lotte.bakker@horizon.example' and c.status = 'HELD'""", Long.class);
		jdbc.update("""
				insert into notification (recipient_id, kind, conversation_id, created_at)
				values (?, 'RECORD_READY', ?, current_timestamp)""", demo.id("pieter.jansen").value(), lotte);
		assertThat(home("pieter.jansen").text()).contains("Teken het verslag van je check-in met Lotte Bakker");
		assertThat(page("/inbox", "pieter.jansen").text()).contains("Teken het voor gezien");

		mvc.perform(post("/conversations/{id}/record/acknowledge", lotte).param("kind", "SEEN").with(csrf())
			.with(demo.as("pieter.jansen"))).andExpect(status().is3xxRedirection());

		assertThat(home("pieter.jansen").text()).doesNotContain("Teken het verslag van je check-in met Lotte Bakker")
			.contains("Hoe was je check-in met Lotte Bakker");
		assertThat(page("/inbox", "pieter.jansen").text()).doesNotContain("Teken het voor gezien");
		// Lotte has not signed yet: hers stays
		assertThat(home("lotte.bakker").text()).contains("Teken het verslag van je check-in met Pieter Jansen");
	}

	/**
	 * The list stays short: a manager with many overdue agreements (the generated organisation's had
	 * 150, an 80 KB home page) sees five of them and one line that says how many more, with a link to
	 * the page that lists just those, and still sees the record waiting for a signature.
	 */
	@Test
	void ofOneKindTheListShowsFiveAndSaysHowManyMoreWithALinkToThemAll() throws Exception {
		long pieter = demo.id("pieter.jansen").value();
		LocalDate today = LocalDate.now(clock);
		try {
			for (int i = 1; i <= 28; i++) {
				addOpenAgreement(pieter, "Te laat opgevolgd " + i, "MANAGER", today.minusDays(30 + i));
			}
			// the employee's own, in a conversation with Pieter: theirs to report on, not his
			addOpenAgreement(pieter, "Te laat opgevolgd door de medewerker", "EMPLOYEE", today.minusDays(90));
			int due = jdbc.queryForObject("""
					select count(*) from agreement where status in ('OPEN', 'IN_PROGRESS') and due_date <= ?
					  and ((owner = 'EMPLOYEE' and employee_id = ?) or (owner = 'MANAGER' and manager_id = ?))""",
					Integer.class, today.plusDays(7), pieter, pieter);
			var items = home("pieter.jansen").select(".todo__item");

			assertThat(items.select("a[href^=/agreements?agreement=]")).hasSize(ToDoList.PER_KIND);
			var more = items.stream().filter(item -> item.text().startsWith("En nog")).toList();
			assertThat(more).hasSize(1);
			assertThat(more.get(0).text()).contains("En nog " + (due - ToDoList.PER_KIND) + " afspraken die op je voortgang wachten.");
			assertThat(more.get(0).select("a").eachAttr("href")).containsExactly("/agreements/waiting");
			assertThat(more.get(0).select("a").text()).isEqualTo("Alle afspraken die wachten");
			// the five shown are the most overdue: the oldest of those added
			assertThat(items.text()).contains("Te laat opgevolgd 28", "Te laat opgevolgd 24").doesNotContain("Te laat opgevolgd 23");
			assertThat(items.text()).contains("Teken het verslag van je check-in met Lotte Bakker");

			// The link's page lists exactly those, the most overdue first, 25 at a time, and nothing of the other side.
			Document first = page("/agreements/waiting", "pieter.jansen");
			assertThat(first.select("nav.view-choice a[aria-current=page]").text()).isEqualTo("Wacht op jouw voortgang");
			assertThat(first.title()).startsWith("Afspraken die op je voortgang wachten");
			assertThat(first.select(".main-nav a[aria-current=true]").text()).as("a page within Afspraken").isEqualTo("Afspraken");
			assertThat(first.select("#theirs-heading")).isEmpty();
			var listed = first.select("section[aria-labelledby=mine-heading] article .agreement__what");
			assertThat(listed).hasSize(25);
			assertThat(listed.get(0).text()).isEqualTo("Te laat opgevolgd 28");
			assertThat(first.select(".pager a[rel=next]").attr("href")).isEqualTo("/agreements/waiting?page=1");
			Document second = page("/agreements/waiting?page=1", "pieter.jansen");
			assertThat(second.select("section[aria-labelledby=mine-heading] article")).hasSize(due - 25);
			assertThat(second.select(".pager").text()).contains("26–" + due + " van " + due);
			assertThat(first.text() + second.text()).doesNotContain("Te laat opgevolgd door de medewerker");
			long employee = jdbc.queryForObject(
					"select employee_id from agreement where description = 'Te laat opgevolgd door de medewerker'", Long.class);
			String employeeLogin = jdbc.queryForObject("select email from employee where id = ?", String.class, employee);
			assertThat(page("/agreements/waiting", employeeLogin.substring(0, employeeLogin.indexOf('@'))).text())
				.contains("Te laat opgevolgd door de medewerker")
				.doesNotContain("Te laat opgevolgd 28");

			// A report given from that page comes back to it, with what was typed, also when it could not be taken
			// (here: written against an older version).
			long oldest = jdbc.queryForObject("select id from agreement where description = 'Te laat opgevolgd 28'", Long.class);
			mvc.perform(post("/agreements/" + oldest + "/progress").with(demo.as("pieter.jansen")).with(csrf())
					.param("status", "DONE").param("note", "Gedaan").param("version", "99").param("list", "waiting").param("page", "0"))
				.andExpect(redirectedUrl("/agreements/waiting?page=0#agreement-" + oldest))
				.andExpect(flash().attribute("typedNote", "Gedaan"));
		}
		finally {
			jdbc.update("delete from agreement where description like 'Te laat opgevolgd %'");
		}
	}

	/** An open agreement in the manager's first conversation that has one, on the given side, due then. */
	private void addOpenAgreement(long manager, String description, String owner, LocalDate due) {
		jdbc.update("""
				insert into agreement (version, conversation_id, employee_id, manager_id, description, owner,
				                       due_date, theme_key, status, created_by, created_at)
				select 0, conversation_id, employee_id, manager_id, ?, ?, ?, theme_key, 'OPEN', created_by, created_at
				from agreement where manager_id = ? order by id fetch first 1 rows only""", description, owner, due, manager);
	}

	/** The line to plan goes as soon as a conversation is planned: the rhythm read model moves with the plan. */
	@Test
	void planningTheConversationTakesItsLineOffTheList() throws Exception {
		String line = home("pieter.jansen").select(".todo__item").stream()
			.map(item -> item.text())
			.filter(text -> text.contains("Plan een gesprek met "))
			.findFirst()
			.orElseThrow();
		String name = line.substring(line.indexOf("Plan een gesprek met ") + "Plan een gesprek met ".length(), line.indexOf(':'));
		long report = jdbc.queryForObject("select id from employee where name = ?", Long.class, name);
		String card = jdbc.queryForObject("select min(id) from card", Long.class).toString();
		mvc.perform(post("/conversations/plan").with(demo.as("pieter.jansen")).with(csrf())
				.param("partnerId", String.valueOf(report)).param("kind", "CHECK_IN")
				.param("date", LocalDate.now(clock).plusDays(5).toString()).param("time", "10:00").param("cardId", card))
			.andExpect(status().is3xxRedirection());

		assertThat(home("pieter.jansen").select(".todo__item").text()).doesNotContain("Plan een gesprek met " + name + ":");
	}

	private Document home(String person) throws Exception {
		return page("/", person);
	}

	private Document page(String path, String person) throws Exception {
		return Jsoup.parse(mvc.perform(get(path).with(demo.as(person))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
	}

}
