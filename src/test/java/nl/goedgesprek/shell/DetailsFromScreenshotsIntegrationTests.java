package nl.goedgesprek.shell;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import nl.goedgesprek.conversations.ConversationId;
import nl.goedgesprek.conversations.Conversations;
import nl.goedgesprek.conversations.internal.PreparationDraft;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.privacy.internal.ReadLog;
import nl.goedgesprek.shared.ToDoSource;
import nl.goedgesprek.support.ConversationSteps;
import nl.goedgesprek.support.DemoUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the screenshots of issue 15 showed, on the demo organisation: a conversation held before its
 * planned day is on the timeline; an addition to a record reaches the other's inbox; the other's shared
 * preparation can be read before the conversation (and that read is logged); the home page's to-dos
 * cost the same number of statements however many records a person has; every team has a row in the
 * coverage table; the "add an action" form closes after a success and keeps everything after a refusal;
 * the year story has its charts; and the demo month fills every demo role's inbox and list.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({ DemoUsers.class, ConversationSteps.class, DetailsFromScreenshotsIntegrationTests.Counting.class })
@DirtiesContext
class DetailsFromScreenshotsIntegrationTests {

	static final AtomicLong STATEMENTS = new AtomicLong();

	@TestConfiguration
	static class Counting {

		@Bean
		static BeanPostProcessor countStatements() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					if (!(bean instanceof DataSource source)) {
						return bean;
					}
					return Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] { DataSource.class },
							(proxy, method, args) -> {
								Object result = method.invoke(source, args);
								return result instanceof Connection connection ? counted(connection) : result;
							});
				}
			};
		}

		static Connection counted(Connection connection) {
			return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] { Connection.class },
					(proxy, method, args) -> {
						if (method.getName().startsWith("prepare") || method.getName().equals("createStatement")) {
							STATEMENTS.incrementAndGet();
						}
						return method.invoke(connection, args);
					});
		}

	}

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoUsers demo;

	@Autowired
	ConversationSteps steps;

	@Autowired
	Conversations conversations;

	@Autowired
	List<ToDoSource> toDoSources;

	@Autowired
	ReadLog readLog;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aConversationHeldBeforeItsPlannedDayIsOnTheTimelineAndInTheRhythm() throws Exception {
		EmployeeId anouk = demo.id("anouk.mulder");
		EmployeeId pieter = demo.id("pieter.jansen");
		ConversationId early = steps.plan(anouk, pieter, LocalDate.now().plusDays(10).atTime(9, 0));
		steps.share(anouk, early, ConversationSteps.EMPTY);
		steps.share(pieter, early, ConversationSteps.EMPTY);
		steps.start(pieter, early);
		steps.close(pieter, early);

		assertThat(conversations.historyOf(anouk, pieter, LocalDate.of(2000, 1, 1), LocalDate.now()).held())
			.as("held today, though planned in ten days").anySatisfy(held -> {
				assertThat(held.conversationId()).isEqualTo(early.value());
				assertThat(held.date()).isEqualTo(LocalDate.now());
			});
		assertThat(page("/people/" + anouk.value() + "/timeline", "anouk.mulder")
			.select("a[href$=/conversations/" + early.value() + "/record]")).isNotEmpty();
		assertThat(conversations.rhythmFacts(List.of(anouk), LocalDateTime.now()).get(anouk).lastHeld().toLocalDate())
			.as("the last conversation is today, not its planned day").isEqualTo(LocalDate.now());
	}

	@Test
	void aViewOrCorrectionAddedToARecordReachesTheOtherParticipantsInbox() throws Exception {
		EmployeeId mohammed = demo.id("mohammed.elidrissi");
		EmployeeId pieter = demo.id("pieter.jansen");
		ConversationId held = steps.held(mohammed, pieter, ConversationSteps.EMPTY, id -> {
		});
		steps.addEmployeeView(mohammed, held, "Ik zie de planning anders.");
		steps.addAmendment(pieter, held, "De datum van de training is 3 maart, niet 3 mei.");
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			assertThat(page("/inbox", "pieter.jansen").select(".inbox__item").text())
				.contains("Mohammed el Idrissi voegde een zienswijze toe aan het verslag van jullie check-in");
			assertThat(page("/inbox", "mohammed.elidrissi").select(".inbox__item").text())
				.contains("Pieter Jansen voegde een aanvulling of correctie toe aan het verslag");
		});
		assertThat(page("/inbox", "pieter.jansen").select("a[href$=/conversations/" + held.value() + "/record]"))
			.isNotEmpty();
	}

	@Test
	void theOthersSharedPreparationCanBeReadBeforeTheConversationOnceTheRuleAllowsIt() throws Exception {
		EmployeeId daan = demo.id("daan.smit");
		EmployeeId pieter = demo.id("pieter.jansen");
		ConversationId coming = steps.plan(daan, pieter, LocalDate.now().plusDays(20).atTime(11, 0));
		steps.share(pieter, coming, new PreparationDraft(Map.of("resultaten.q1",
				"Daan heeft de wachtrij in de ochtend gehalveerd."), Map.of(), List.of("Rooster in de zomer"), "Je humor."));
		String path = "/conversations/" + coming.value();
		assertThat(page(path, "daan.smit").select("#others-preparation"))
			.as("eerst zelf: not before Daan shared his own").isEmpty();

		steps.share(daan, coming, ConversationSteps.EMPTY);
		readLog.flush();
		long before = reads(daan, pieter);
		Element others = page(path, "daan.smit").selectFirst("#others-preparation");
		assertThat(others).isNotNull();
		assertThat(others.text()).contains("Daan heeft de wachtrij in de ochtend gehalveerd.", "Rooster in de zomer",
				"Je humor.");
		readLog.flush();
		assertThat(reads(daan, pieter)).as("the read is in Pieter's read log").isEqualTo(before + 1);
	}

	@Test
	void theHomePagesToDosCostTheSameStatementsHoweverManyRecordsAPersonHas() throws Exception {
		EmployeeId ruben = demo.id("ruben.peters");
		long before = steadyStatementsForToDos(ruben);
		for (String report : List.of("femke.degraaf", "youssef.amrani", "lisa.hendriks")) {
			steps.held(demo.id(report), ruben, ConversationSteps.EMPTY, id -> {
			});
		}
		// The count is of the whole application: the listeners of the new conversations' events write
		// meanwhile, so it is measured again until they are done.
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(statementsForToDos(ruben)).as("three more records to sign, no more statements")
				.isEqualTo(before));
		assertThat(toDoSources.stream().flatMap(source -> source.toDosOf(ruben.value(), LocalDate.now()).stream())
			.filter(toDo -> toDo.what().code().equals("todo.sign"))).as("the three records are on his list").hasSize(3);
	}

	@Test
	void everyTeamHasARowInTheCoverageTableAndTheHeatMapAlsoTheBoard() throws Exception {
		Document dashboard = page("/insights", "fatima.elamrani");
		for (String table : List.of("#coverage tr", "#themes tr")) {
			Element directie = dashboard.select(table).stream()
				.filter(row -> row.text().startsWith("Directie"))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no Directie row in " + table));
			assertThat(directie.text()).contains("te weinig mensen");
		}
	}

	@Test
	void theAddActionFormClosesAfterASuccessAndKeepsEverythingAfterARefusal() throws Exception {
		long sanne = demo.id("sanne.devries").value();
		long goal = jdbc.queryForObject("select min(id) from development_goal where employee_id = ?", Long.class, sanne);
		String actions = "/people/" + sanne + "/development/goals/" + goal + "/actions";
		MvcResult saved = mvc.perform(post(actions).with(demo.as("sanne.devries")).with(csrf()).param("kind", "COURSE")
			.param("description", "Cursus schrijven voor het web").param("employerTime", "2 dagen"))
			.andReturn();
		Document after = development(sanne, saved);
		assertThat(after.text()).contains("Cursus schrijven voor het web");
		assertThat(after.select("details.add-action[open]")).as("closed after a success").isEmpty();

		MvcResult refused = mvc.perform(post(actions).with(demo.as("sanne.devries")).with(csrf()).param("kind", "COACHING")
			.param("description", " ").param("employerTime", "een middag").param("employerBudget", "€ 300")
			.param("dueDate", LocalDate.now().plusMonths(1).toString()))
			.andReturn();
		Element open = development(sanne, refused).selectFirst("details.add-action[open]");
		assertThat(open).as("open again after a refusal").isNotNull();
		assertThat(open.select("input[name=employerTime]").val()).isEqualTo("een middag");
		assertThat(open.select("input[name=employerBudget]").val()).isEqualTo("€ 300");
		assertThat(open.select("input[name=dueDate]").val()).isEqualTo(LocalDate.now().plusMonths(1).toString());
		assertThat(open.select("option[selected]").val()).isEqualTo("COACHING");
	}

	@Test
	void theYearStoryHasItsCharts() throws Exception {
		long sanne = demo.id("sanne.devries").value();
		String location = mvc.perform(post("/people/" + sanne + "/year-stories").with(demo.as("pieter.jansen"))
			.with(csrf()).param("year", String.valueOf(LocalDate.now().minusWeeks(6).getYear())))
			.andReturn().getResponse().getRedirectedUrl();
		Document story = page(location, "sanne.devries");
		assertThat(story.select("svg.chart__svg")).as("the pulse and the well-being statement").hasSize(2);
		assertThat(story.select("svg.chart__svg polyline[stroke-dasharray]")).as("series told apart by dashes too")
			.isNotEmpty();
	}

	@Test
	void theDemoMonthFillsTheInboxAndListOfEveryDemoRole() throws Exception {
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			assertThat(page("/inbox", "sanne.devries").text()).contains("Pieter Jansen plande een jaargesprek met je",
					"Sanne voordragen voor de werkgroep klantportaal");
			assertThat(page("/inbox", "pieter.jansen").text()).contains("Daan Smit plande een check-in met je",
					"Kevin de Boer annuleerde");
			assertThat(page("/inbox", "fatima.elamrani").text()).contains("Eva Koster plande een jaargesprek met je");
			assertThat(page("/inbox", "jeroen.bos").text()).contains("Ruben Peters plande een check-in met je");
			assertThat(page("/inbox", "ingrid.hoekstra").text()).contains("Bram Dekker voegde een zienswijze toe");
		});
		for (String person : List.of("sanne.devries", "pieter.jansen", "fatima.elamrani", "jeroen.bos")) {
			assertThat(page("/", person).select(".todo__item")).as(person + "'s list").isNotEmpty();
		}
		assertThat(page("/", "jeroen.bos").select(".todo__item").text()).contains("Offerte opleiding cloudbeheer opvragen",
				"Hoe was je check-in met Ruben Peters");
	}

	/** Measured until two measurements agree: the demo's own events may still be written at first. */
	private long steadyStatementsForToDos(EmployeeId person) throws InterruptedException {
		long last = -1;
		for (int i = 0; i < 50; i++) {
			long now = statementsForToDos(person);
			if (now == last) {
				return now;
			}
			last = now;
			Thread.sleep(200);
		}
		return last;
	}

	private long statementsForToDos(EmployeeId person) {
		long start = STATEMENTS.get();
		toDoSources.stream()
			.filter(source -> source.getClass().getSimpleName().startsWith("ConversationToDos"))
			.forEach(source -> source.toDosOf(person.value(), LocalDate.now()));
		return STATEMENTS.get() - start;
	}

	private long reads(EmployeeId reader, EmployeeId subject) {
		return jdbc.queryForObject("select count(*) from read_log where reader_id = ? and subject_id = ? and kind = 'PREPARATION'",
				Long.class, reader.value(), subject.value());
	}

	private Document development(long person, MvcResult redirect) throws Exception {
		return Jsoup.parse(mvc.perform(get("/people/" + person + "/development").with(demo.as("sanne.devries"))
			.cookie(nl.goedgesprek.support.SessionCookies.from(redirect)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());
	}

	private Document page(String path, String who) throws Exception {
		return Jsoup.parse(mvc.perform(get(path).with(demo.as(who)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());
	}

}
