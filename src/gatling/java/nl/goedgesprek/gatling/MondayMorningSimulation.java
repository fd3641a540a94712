package nl.goedgesprek.gatling;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

/**
 * Monday morning (issue 14): people arrive over a few minutes and stay; at the peak {@code users} are
 * on the site at once (default 500). A third prepare their conversation, saving as they type every few
 * seconds (htmx autosave); managers open their home, team page, conversations, records and agreements;
 * employees look at their home, agreements and timeline; HR opens the dashboards and the overdue list.
 * Everybody signs in first, with a real password (BCrypt), so sign-ins are part of the load.
 * <p>
 * Against the generated organisation of {@code InsightsBenchmark} (docs/benchmarks.md): before it
 * starts it picks its people from the database, gives them the password {@code loadtest} and plans a
 * conversation for each person who prepares. {@code -Dbase=http://localhost:8081,http://localhost:8082}
 * spreads the virtual users over two nodes, each user staying on one (Gatling's baseUrls).
 */
public class MondayMorningSimulation extends Simulation {

	private static final int USERS = Integer.getInteger("users", 500);

	/** Minutes at the peak, after the arrival ramp. */
	private static final int PEAK_MINUTES = Integer.getInteger("minutes", 3);

	private static final int RAMP_SECONDS = Integer.getInteger("ramp", 120);

	private static final String[] BASES = System.getProperty("base", "http://localhost:8081").split(",");

	private static final String DB = System.getProperty("db",
			"jdbc:postgresql://127.0.0.1:5432/test?currentSchema=gg_benchmark");

	private static final String CSRF = "name=\"_csrf\" value=\"([^\"]+)\"";

	private final HttpProtocolBuilder protocol = http.baseUrls(BASES)
		// Each person from an address of their own, as behind the organisation's load balancer (the
		// application trusts X-Forwarded-For from local proxies): the sign-in throttle counts per address
		// and would otherwise take the whole test for one person guessing passwords.
		.header("X-Forwarded-For", "#{address}")
		.acceptHeader("text/html")
		// CSS and scripts, as a browser loads them: each person's first page fetches them, later pages
		// take them from that person's cache (the files' addresses carry their hash, kept for a year)
		.inferHtmlResources(DenyList(".*/webjars/.*", ".*\\.svg"));

	public MondayMorningSimulation() throws SQLException {
		People people = People.read(DB, USERS);
		int preparers = USERS / 3;
		int hr = Math.max(2, USERS / 50);
		int managers = (USERS - preparers - hr) * 6 / 10;
		int employees = USERS - preparers - hr - managers;
		setUp(prepare(people).injectClosed(arrive(preparers)), manage(people).injectClosed(arrive(managers)),
				look(people).injectClosed(arrive(employees)), hr(people).injectClosed(arrive(hr)))
			.protocols(protocol)
			.maxDuration(Duration.ofSeconds(RAMP_SECONDS + PEAK_MINUTES * 60L + 30));
	}

	private static io.gatling.javaapi.core.ClosedInjectionStep[] arrive(int users) {
		return new io.gatling.javaapi.core.ClosedInjectionStep[] {
				rampConcurrentUsers(0).to(users).during(Duration.ofSeconds(RAMP_SECONDS)),
				constantConcurrentUsers(users).during(Duration.ofMinutes(PEAK_MINUTES)) };
	}

	private static ChainBuilder signIn(String feederKey) {
		return exec(session -> session.set("address",
				"10.14." + (session.userId() / 250 % 250) + "." + (session.userId() % 250 + 1)))
			.exec(http("sign-in page").get("/login").check(regex(CSRF).saveAs("csrf")))
			.pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
			.exec(http("sign in").post("/login")
				.formParam("username", "#{email}")
				.formParam("password", People.PASSWORD)
				.formParam("_csrf", "#{csrf}")
				.check(status().is(200), currentLocationRegex(".*/$").exists(), regex(CSRF).saveAs("csrf")));
	}

	/** Opens the preparation and types: an autosave every 3-6 seconds, a dozen times, then leaves. */
	private static ScenarioBuilder prepare(People people) {
		return scenario("employee preparing").feed(people.preparers())
			.exec(signIn("preparer"))
			.exec(http("preparation page").get("/conversations/#{conversation}/preparation")
				.check(regex("id=\"prep-version\" name=\"version\" value=\"([0-9]*)\"").saveAs("version"),
						regex("name=\"(a\\.[^\"]+)\"").saveAs("field")))
			.repeat(12, "typed").on(pause(Duration.ofSeconds(3), Duration.ofSeconds(6))
				.exec(http("autosave").post("/conversations/#{conversation}/preparation")
					.header("HX-Request", "true")
					.header("X-CSRF-TOKEN", "#{csrf}")
					.formParam("version", "#{version}")
					.formParam("#{field}", session -> "Wat ging goed deze periode, stap " + session.getInt("typed"))
					.check(status().is(200), regex("name=\"version\" value=\"([0-9]+)\"").saveAs("version"))));
	}

	/** Home, team page, a conversation and its record, the agreements: with time to read in between. */
	private static ScenarioBuilder manage(People people) {
		return scenario("manager").feed(people.managers())
			.exec(signIn("manager"))
			.repeat(3).on(exec(http("manager home").get("/")).pause(Duration.ofSeconds(2), Duration.ofSeconds(6))
				.exec(http("team page").get("/team")).pause(Duration.ofSeconds(3), Duration.ofSeconds(8))
				.exec(http("conversation page").get("/conversations/#{conversation}"))
				.pause(Duration.ofSeconds(5), Duration.ofSeconds(12))
				.exec(http("record page").get("/conversations/#{conversation}/record"))
				.pause(Duration.ofSeconds(3), Duration.ofSeconds(8))
				.exec(http("agreements").get("/agreements"))
				.pause(Duration.ofSeconds(3), Duration.ofSeconds(8)));
	}

	private static ScenarioBuilder look(People people) {
		return scenario("employee looking").feed(people.employees())
			.exec(signIn("employee"))
			.repeat(3).on(exec(http("employee home").get("/")).pause(Duration.ofSeconds(3), Duration.ofSeconds(8))
				.exec(http("agreements").get("/agreements")).pause(Duration.ofSeconds(3), Duration.ofSeconds(8))
				.exec(http("timeline").get("/people/#{id}/timeline")).pause(Duration.ofSeconds(5), Duration.ofSeconds(12)));
	}

	private static ScenarioBuilder hr(People people) {
		return scenario("HR").feed(people.hr())
			.exec(signIn("hr"))
			.repeat(3).on(exec(http("HR dashboard").get("/insights")).pause(Duration.ofSeconds(5), Duration.ofSeconds(15))
				.exec(http("overdue list").get("/admin/conversations")).pause(Duration.ofSeconds(5), Duration.ofSeconds(15))
				.exec(http("HR dashboard, one team").get("/insights?team=#{team}"))
				.pause(Duration.ofSeconds(5), Duration.ofSeconds(15)));
	}

	/** The people of the load test, read from the generated organisation and made ready to sign in. */
	record People(List<Map<String, Object>> preparing, List<Map<String, Object>> managing,
			List<Map<String, Object>> looking, List<Map<String, Object>> hrPeople) {

		static final String PASSWORD = "loadtest";

		static People read(String url, int users) throws SQLException {
			try (Connection db = DriverManager.getConnection(url, System.getProperty("dbUser", "postgres"), "")) {
				String hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(PASSWORD);
				long director = one(db, "select min(id) from employee where manager_id is null");
				update(db, "insert into employee_role (employee, role) select ?, 'HR' where not exists "
						+ "(select 1 from employee_role where employee = ? and role = 'HR')", director, director);
				List<Map<String, Object>> managers = rows(db, """
						select m.id, m.email, m.team_id as team,
						       (select max(c.id) from conversation c where c.manager_id = m.id and c.status = 'COMPLETED') as conversation
						from employee m where m.job_title = 'Leidinggevende' and m.manager_id = ?
						  and exists (select 1 from conversation c where c.manager_id = m.id)
						order by m.id fetch first ? rows only""", director, users);
				List<Map<String, Object>> employees = rows(db, """
						select e.id, e.email, e.team_id as team, e.manager_id as manager from employee e
						where e.job_title = 'Medewerker' and e.active = true order by e.id fetch first ? rows only""", users * 2);
				List<Map<String, Object>> preparing = employees.subList(0, employees.size() / 2);
				long card = one(db, "select min(id) from card_version where state = 'PUBLISHED'");
				for (Map<String, Object> person : preparing) {
					person.put("conversation", plannedConversation(db, card, (Long) person.get("id"), (Long) person.get("manager")));
				}
				List<Object> ids = new ArrayList<>(List.of(director));
				Stream.of(managers, employees).flatMap(List::stream).forEach(person -> ids.add(person.get("id")));
				try (PreparedStatement set = db.prepareStatement("update employee set password_hash = ? where id = ?")) {
					for (Object id : ids) {
						set.setString(1, hash);
						set.setLong(2, (Long) id);
						set.addBatch();
					}
					set.executeBatch();
				}
				Map<String, Object> hr = rows(db, "select id, email, ? as team from employee where id = ?",
						managers.get(0).get("team"), director).get(0);
				return new People(preparing, managers, employees.subList(employees.size() / 2, employees.size()),
						List.of(hr));
			}
		}

		/** A check-in next week for the employee to prepare: the one planned by an earlier run, or a new one. */
		private static long plannedConversation(Connection db, long card, long employee, long manager) throws SQLException {
			List<Map<String, Object>> planned = rows(db,
					"select id from conversation where employee_id = ? and status = 'PLANNED' order by id fetch first 1 rows only",
					employee);
			if (!planned.isEmpty()) {
				return (Long) planned.get(0).get("id");
			}
			Timestamp now = Timestamp.valueOf(LocalDateTime.now());
			update(db, """
					insert into conversation (version, employee_id, manager_id, kind, scheduled_at, card_version_id, planned_by,
					                          status, created_at)
					values (0, ?, ?, 'CHECK_IN', ?, ?, ?, 'PLANNED', ?)""", employee, manager,
					Timestamp.valueOf(LocalDateTime.now().plusDays(7).withHour(10).withMinute(0)), card, manager, now);
			return one(db, "select max(id) from conversation where employee_id = ? and status = 'PLANNED'", employee);
		}

		Iterator<Map<String, Object>> preparers() {
			return circular(preparing);
		}

		Iterator<Map<String, Object>> managers() {
			return circular(managing);
		}

		Iterator<Map<String, Object>> employees() {
			return circular(looking);
		}

		Iterator<Map<String, Object>> hr() {
			return circular(hrPeople);
		}

		private static Iterator<Map<String, Object>> circular(List<Map<String, Object>> rows) {
			return Stream.iterate(0, i -> (i + 1) % rows.size()).map(rows::get).iterator();
		}

		private static long one(Connection db, String sql, Object... args) throws SQLException {
			return ((Number) rows(db, sql, args).get(0).values().iterator().next()).longValue();
		}

		private static void update(Connection db, String sql, Object... args) throws SQLException {
			try (PreparedStatement statement = db.prepareStatement(sql)) {
				bind(statement, args);
				statement.executeUpdate();
			}
		}

		private static List<Map<String, Object>> rows(Connection db, String sql, Object... args) throws SQLException {
			try (PreparedStatement statement = db.prepareStatement(sql)) {
				bind(statement, args);
				List<Map<String, Object>> rows = new ArrayList<>();
				try (ResultSet result = statement.executeQuery()) {
					while (result.next()) {
						Map<String, Object> row = new java.util.LinkedHashMap<>();
						for (int c = 1; c <= result.getMetaData().getColumnCount(); c++) {
							row.put(result.getMetaData().getColumnLabel(c), result.getObject(c));
						}
						rows.add(row);
					}
				}
				return rows;
			}
		}

		private static void bind(PreparedStatement statement, Object... args) throws SQLException {
			for (int i = 0; i < args.length; i++) {
				statement.setObject(i + 1, args[i]);
			}
		}

	}

}
