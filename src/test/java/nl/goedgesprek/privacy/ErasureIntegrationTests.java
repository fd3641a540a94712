package nl.goedgesprek.privacy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import nl.goedgesprek.conversations.ConversationId;
import nl.goedgesprek.conversations.internal.PreparationDraft;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.privacy.internal.ReadLog;
import nl.goedgesprek.shared.ErasableData;
import nl.goedgesprek.support.ConversationSteps;
import nl.goedgesprek.support.DemoUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Erasure on request (issue 13, item 4): an administrator erases a departed employee who had a held
 * conversation with her manager. Afterwards her name and address are nowhere in the database, the
 * insights figures are what they were and no insights row holds her id, the manager still reads his own
 * words in the record under "Verwijderde medewerker", she cannot sign in, and a second press of the
 * button erases nothing twice. Commits for real, so it has a database of its own.
 */
@SpringBootTest(properties = "spring.application.name=erasure")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({ DemoUsers.class, ConversationSteps.class })
class ErasureIntegrationTests {

	static final String NAME = "Sanne de Vries";

	static final String EMAIL = "sanne.devries@horizon.example";

	static final List<String> FIGURES = List.of("coverage", "themes", "voice", "follow-through", "pulse", "statements",
			"development");

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoUsers demo;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	ConversationSteps steps;

	@Autowired
	ReadLog readLog;

	@Autowired
	List<ErasableData> parts;

	@Test
	void everyTableThatNamesAPersonIsHandledOrKeptWithAReason() throws Exception {
		assertThat(unhandled()).isEmpty();
		// The check can fail: a new table that names a person, handled by nobody, is found.
		jdbc.sql("create table tmp_person_note (id int primary key, written_by bigint)").update();
		try {
			assertThat(unhandled()).containsExactly("tmp_person_note");
		}
		finally {
			jdbc.sql("drop table tmp_person_note").update();
		}
		parts.forEach(part -> part.keptTables().values().forEach(reason -> assertThat(reason).isNotBlank()));
	}

	private List<String> unhandled() throws Exception {
		Set<String> handled = new java.util.HashSet<>();
		parts.forEach(part -> {
			handled.addAll(part.tables());
			handled.addAll(part.keptTables().keySet());
		});
		return PersonTables.holdingPeople(dataSource).stream().filter(table -> !handled.contains(table)).toList();
	}

	@Test
	void anErasedEmployeeLeavesNoNameAndTheManagerKeepsHisOwnWords() throws Exception {
		EmployeeId sanne = demo.id("sanne.devries");
		EmployeeId pieter = demo.id("pieter.jansen");
		ConversationId held = heldConversation(sanne, pieter);
		mvc.perform(get("/conversations/{id}/record", held.value()).with(demo.as("pieter.jansen")))
			.andExpect(status().isOk());
		readLog.flush();
		await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
				"select count(*) from insight_conversation where conversation_id = :c").param("c", held.value())
			.query(Long.class).single() == 1);
		// She left last month; HR deactivated her.
		jdbc.sql("update employee set active = false, employment_end = :end where id = :id")
			.param("end", java.sql.Date.valueOf(LocalDate.now().minusMonths(1))).param("id", sanne.value()).update();
		Map<String, String> before = figures();

		mvc.perform(get("/admin/people/{id}/erase", sanne.value()).with(demo.as("jeroen.bos")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Wat verdwijnt")))
			.andExpect(content().string(containsString("Wat blijft")));
		mvc.perform(post("/admin/people/{id}/erase", sanne.value()).with(demo.as("jeroen.bos")).with(csrf())
			.param("reason", "Verzoek van de medewerker, kenmerk AVG-17-001").param("confirmName", "Sanne"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Typ de naam precies")));
		assertThat(jdbc.sql("select name from employee where id = :id").param("id", sanne.value()).query(String.class)
			.single()).isEqualTo(NAME);
		mvc.perform(post("/admin/people/{id}/erase", sanne.value()).with(demo.as("jeroen.bos")).with(csrf())
			.param("reason", "Verzoek van de medewerker, kenmerk AVG-17-001").param("confirmName", " sanne de vries "))
			.andExpect(redirectedUrl("/admin/people"));

		// Her name and address are nowhere, in no text column of any table.
		assertThat(occurrences(NAME.toLowerCase(), EMAIL)).isEmpty();
		// The figures are what they were, and no insights row leads to her.
		assertThat(figures()).isEqualTo(before);
		for (String check : List.of("select count(*) from insight_conversation where employee_id = :p or manager_id = :p",
				"select count(*) from insight_agreement where employee_id = :p or manager_id = :p",
				"select count(*) from insight_reach where employee_id = :p or (scope_kind = 'M' and scope_id = :p)",
				"select count(*) from insight_month where scope_kind = 'M' and scope_id = :p")) {
			assertThat(jdbc.sql(check).param("p", sanne.value()).query(Long.class).single()).as(check).isZero();
		}
		// Row by row, what still refers to her by id: a placeholder, and skeletons without her words.
		// (her own employee row is checked below; role changes would stay too, for accountability)
		Map<String, Long> left = referencesTo(sanne.value());
		// notification: Pieter's message that she put a topic on their running agenda (the demo's) stays, as
		// inbox messages about what someone did do, under the placeholder and without her words
		assertThat(left.keySet())
			.isSubsetOf("conversation", "agreement", "audit_event", "read_log", "role_change", "notification")
			.contains("conversation", "audit_event", "read_log");
		assertThat(jdbc.sql("select count(*) from notification where actor_id = :p and note is not null")
			.param("p", sanne.value()).query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select name, email, password_hash, active, erased_at is not null from employee where id = :id")
			.param("id", sanne.value())
			.query((rs, row) -> List.of(rs.getString(1), rs.getString(2), String.valueOf(rs.getString(3)),
					rs.getBoolean(4), rs.getBoolean(5)))
			.single()).containsExactly("Verwijderde medewerker", "verwijderd-" + sanne.value() + "@verwijderd.invalid",
					"null", false, true);
		assertThat(jdbc.sql("select count(*) from preparation where author_id = :p").param("p", sanne.value())
			.query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from agreement where employee_id = :p and description <> ''")
			.param("p", sanne.value()).query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from preparation where author_id = :p and conversation_id = :c")
			.param("p", pieter.value()).param("c", held.value()).query(Long.class).single()).isOne();

		// Pieter still reads his own words in the record, beside the anonymised name; hers are gone.
		mvc.perform(get("/conversations/{id}/record", held.value()).with(demo.as("pieter.jansen")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("PIETER-EIGEN-WOORDEN")))
			.andExpect(content().string(containsString("Verwijderde medewerker")))
			.andExpect(content().string(not(containsString("SANNE-EIGEN-WOORDEN"))))
			.andExpect(content().string(not(containsString(NAME))));

		// She cannot sign in; the audit line holds the fact, the administrator and the reason.
		mvc.perform(formLogin().user(EMAIL).password("goedgesprek")).andExpect(unauthenticated());
		await().atMost(Duration.ofSeconds(10)).until(() -> erasedLines(sanne) == 1);
		assertThat(jdbc.sql("select actor_id, detail from audit_event where action = 'PERSON_ERASED' and subject_id = :p")
			.param("p", sanne.value()).query((rs, row) -> rs.getLong(1) + " " + rs.getString(2)).single())
			.isEqualTo(demo.id("jeroen.bos").value() + " Verzoek van de medewerker, kenmerk AVG-17-001");

		// The same form sent again (a stale tab, a double click) erases nothing twice.
		mvc.perform(post("/admin/people/{id}/erase", sanne.value()).with(demo.as("jeroen.bos")).with(csrf())
			.param("reason", "Nog eens").param("confirmName", "Verwijderde medewerker"))
			.andExpect(content().string(containsString("al verwijderd")));
		Thread.sleep(500);
		assertThat(erasedLines(sanne)).isOne();
		// Nor can anyone bring her back.
		mvc.perform(post("/admin/people/{id}/reactivate", sanne.value()).with(demo.as("jeroen.bos")).with(csrf())
			.param("version", "99"))
			.andExpect(content().string(not(containsString("Weer activeren gelukt"))));
		assertThat(jdbc.sql("select active from employee where id = :id").param("id", sanne.value()).query(Boolean.class)
			.single()).isFalse();
		// Nor edit the placeholder: HR's form is refused on opening and on sending, with the current version.
		Integer version = jdbc.sql("select version from employee where id = :id").param("id", sanne.value())
			.query(Integer.class).single();
		mvc.perform(get("/admin/people/{id}/edit", sanne.value()).with(demo.as("fatima.elamrani")))
			.andExpect(content().string(containsString("niemand kan het meer wijzigen")));
		mvc.perform(post("/admin/people/{id}/edit", sanne.value()).with(demo.as("fatima.elamrani")).with(csrf())
			.param("name", "Sanne de Vries").param("email", "sanne.devries@horizon.example")
			.param("version", version.toString()))
			.andExpect(content().string(containsString("niemand kan het meer wijzigen")));
		assertThat(jdbc.sql("select name from employee where id = :id").param("id", sanne.value()).query(String.class)
			.single()).isEqualTo("Verwijderde medewerker");
	}

	@Test
	void onlyAnAdministratorReachesErasureAndNeverForAnActivePersonOrThemselves() throws Exception {
		long thijs = demo.id("thijs.vandijk").value();
		for (String notAnAdministrator : List.of("fatima.elamrani", "pieter.jansen", "sanne.devries", "marleen.visser")) {
			if (notAnAdministrator.equals("sanne.devries") && jdbc.sql("select active from employee where email = :e")
				.param("e", EMAIL).query(Boolean.class).list().stream().noneMatch(Boolean::booleanValue)) {
				continue;
			}
			mvc.perform(get("/admin/people/{id}/erase", thijs).with(demo.as(notAnAdministrator)))
				.andExpect(status().isForbidden());
			mvc.perform(post("/admin/people/{id}/erase", thijs).with(demo.as(notAnAdministrator)).with(csrf())
				.param("reason", "x").param("confirmName", "Thijs van Dijk"))
				.andExpect(status().isForbidden());
		}
		// Thijs is still active: refused, with the way forward.
		mvc.perform(post("/admin/people/{id}/erase", thijs).with(demo.as("jeroen.bos")).with(csrf())
			.param("reason", "Verzoek").param("confirmName", "Thijs van Dijk"))
			.andExpect(content().string(containsString("Deactiveer de persoon eerst")));
		long jeroen = demo.id("jeroen.bos").value();
		mvc.perform(get("/admin/people/{id}/erase", jeroen).with(demo.as("jeroen.bos")))
			.andExpect(content().string(containsString("nooit die van zichzelf")));
		assertThat(jdbc.sql("select count(*) from employee where erased_at is not null and id in (:ids)")
			.param("ids", List.of(thijs, jeroen)).query(Long.class).single()).isZero();
	}

	private long erasedLines(EmployeeId person) {
		return jdbc.sql("select count(*) from audit_event where action = 'PERSON_ERASED' and subject_id = :p")
			.param("p", person.value()).query(Long.class).single();
	}

	private ConversationId heldConversation(EmployeeId employee, EmployeeId manager) {
		ConversationId id = steps.plan(manager, employee, LocalDate.now().atTime(8, 0));
		steps.share(employee, id,
				new PreparationDraft(Map.of(), Map.of(), List.of("SANNE-EIGEN-WOORDEN punt"), "SANNE-EIGEN-WOORDEN dank"));
		steps.share(manager, id,
				new PreparationDraft(Map.of(), Map.of(), List.of("PIETER-EIGEN-WOORDEN punt"), "PIETER-EIGEN-WOORDEN dank"));
		steps.start(manager, id);
		steps.close(manager, id);
		return id;
	}

	/** Every CSV download of the organisation's dashboard, for the last 12 months. */
	private Map<String, String> figures() throws Exception {
		Map<String, String> figures = new TreeMap<>();
		for (String table : FIGURES) {
			figures.put(table, mvc.perform(get("/insights/export/{table}.csv", table).param("months", "12")
				.with(demo.as("fatima.elamrani"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		}
		return figures;
	}

	/** Where any text column of any table holds one of these values, as "table.column". */
	private List<String> occurrences(String... values) throws Exception {
		List<String> found = new ArrayList<>();
		Map<String, List<String>> columns = new HashMap<>();
		try (var connection = dataSource.getConnection();
				var rs = connection.getMetaData().getColumns(null, connection.getSchema(), "%", "%")) {
			while (rs.next()) {
				int type = rs.getInt("DATA_TYPE");
				if (type == java.sql.Types.VARCHAR || type == java.sql.Types.CLOB || type == java.sql.Types.CHAR
						|| type == java.sql.Types.LONGVARCHAR) {
					columns.computeIfAbsent(rs.getString("TABLE_NAME"), key -> new ArrayList<>()).add(rs.getString("COLUMN_NAME"));
				}
			}
		}
		columns.forEach((table, names) -> names.forEach(column -> {
			for (String value : values) {
				long hits = jdbc.sql("select count(*) from \"" + table + "\" where lower(cast(\"" + column + "\" as varchar(100000))) like :v")
					.param("v", "%" + value.toLowerCase() + "%").query(Long.class).single();
				if (hits > 0) {
					found.add(table.toLowerCase() + "." + column.toLowerCase() + " (" + value + ")");
				}
			}
		}));
		return found;
	}

	/** Per table that names people, how many rows still hold this id in a person column. */
	private Map<String, Long> referencesTo(long id) throws Exception {
		Map<String, Long> references = new TreeMap<>();
		for (var table : PersonTables.of(dataSource).entrySet()) {
			String where = String.join(" = :id or ", table.getValue()) + " = :id";
			long rows = jdbc.sql("select count(*) from " + table.getKey() + " where " + where).param("id", id)
				.query(Long.class).single();
			if (rows > 0) {
				references.put(table.getKey(), rows);
			}
		}
		System.out.println("After erasure, rows that still refer to the person by id: " + references);
		return references;
	}

}
