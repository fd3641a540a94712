package nl.goedgesprek.followup.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import nl.goedgesprek.insights.OrganisationGenerator;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.support.SignedInPeople;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The pulse trend on a record page shows the pair's latest conversations, says how many there are in
 * all and links to the timeline, which has every one: a pair of five years had a table of forty rows
 * (a third of the record page) on every record.
 */
@SpringBootTest(properties = { "goedgesprek.demo.enabled=false", "goedgesprek.mail.schedule=false" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(SignedInPeople.class)
@Transactional
class PulseTrendIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Autowired
	Pulses pulses;

	@Autowired
	SignedInPeople people;

	@Test
	void theRecordShowsTheLatestAnswersSaysHowManyAndLinksToTheTimeline() throws Exception {
		new OrganisationGenerator(jdbc, 7).generate(new int[] { 1 }, 6, 36, LocalDate.now(clock), held -> {
		});
		long employee = jdbc.queryForObject("select min(employee_id) from pulse p join conversation c on c.id = p.conversation",
				Long.class);
		long manager = jdbc.queryForObject("select manager_id from employee where id = ?", Long.class, employee);
		int answered = jdbc.queryForObject("""
				select count(distinct c.id) from conversation c join pulse p on p.conversation = c.id
				where c.employee_id = ? and c.manager_id = ?""", Integer.class, employee, manager);
		LocalDateTime latest = jdbc.queryForObject("""
				select max(c.scheduled_at) from conversation c join pulse p on p.conversation = c.id
				where c.employee_id = ? and c.manager_id = ?""", LocalDateTime.class, employee, manager);
		assertThat(answered).as("conversations with a pulse in three years").isGreaterThan(Pulses.TREND_LENGTH);

		Pulses.Trend trend = pulses.trend(EmployeeId.of(employee), EmployeeId.of(manager));
		assertThat(trend.rows()).hasSize(Pulses.TREND_LENGTH);
		assertThat(trend.total()).isEqualTo(answered);
		assertThat(trend.cut()).isTrue();
		assertThat(trend.rows()).isSortedAccordingTo(java.util.Comparator.comparing(Pulses.PulseRow::scheduledAt));
		assertThat(trend.rows().get(trend.rows().size() - 1).scheduledAt()).isEqualTo(latest);

		long conversation = jdbc.queryForObject("""
				select max(c.id) from conversation c join pulse p on p.conversation = c.id
				where c.employee_id = ? and c.manager_id = ? and c.status = 'COMPLETED'""", Long.class, employee, manager);
		var page = recordPage(conversation, manager);
		var table = page.select("#pulse table");
		assertThat(table.select("tbody tr")).hasSize(Pulses.TREND_LENGTH);
		assertThat(table.select("caption").text()).contains("de laatste " + Pulses.TREND_LENGTH + " van de " + answered);
		assertThat(page.select("#pulse a").eachAttr("href"))
			.containsExactly("/people/" + employee + "/timeline#pulse-heading");
		assertThat(page.select("#pulse a").text()).isEqualTo("Het hele verloop staat op de tijdlijn");

		// a former manager still reads the record, not the employee's timeline: no link there
		jdbc.update("update employee set manager_id = (select manager_id from employee where id = ?) where id = ?", manager,
				employee);
		var former = recordPage(conversation, manager);
		assertThat(former.select("#pulse table tbody tr")).hasSize(Pulses.TREND_LENGTH);
		assertThat(former.select("#pulse a")).isEmpty();
	}

	private Document recordPage(long conversation, long viewer) throws Exception {
		return Jsoup.parse(mvc.perform(get("/conversations/{id}/record", conversation).with(people.as(viewer)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

}
