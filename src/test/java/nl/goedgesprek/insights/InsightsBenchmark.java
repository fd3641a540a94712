package nl.goedgesprek.insights;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import nl.goedgesprek.GoedgesprekApplication;

/**
 * The scale benchmark (issue 6): a large organisation in PostgreSQL and the server time of the pages
 * that must stay fast. Not a test: it prints its numbers. See docs/benchmarks.md for the command.
 * <p>
 * With {@code --generate} it first fills an empty schema: 800 teams of 24 employees and a manager
 * (20,001 people), five years of check-ins every six weeks (about 825,000 conversations with both
 * preparations, notes, agreements and pulses). Then it starts the application on that schema, signs
 * in as an HR adviser and as a manager, and loads each page many times over HTTP on this machine.
 */
public final class InsightsBenchmark {

	private static final String URL = env("GOEDGESPREK_BENCH_URL", "jdbc:postgresql://127.0.0.1:5432/test");

	private static final String SCHEMA = env("GOEDGESPREK_BENCH_SCHEMA", "gg_benchmark");

	/** Measured loads per page: with 200, the p95 rests on the ten slowest rather than on two. */
	private static final int LOADS = Integer.parseInt(env("GOEDGESPREK_BENCH_LOADS", "200"));

	/** Loads per page before measuring, so the JVM has compiled the code paths a running server has. */
	private static final int WARMUP = Integer.parseInt(env("GOEDGESPREK_BENCH_WARMUP", "50"));

	private InsightsBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		boolean generate = List.of(args).contains("--generate");
		String jdbcUrl = URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA + "&reWriteBatchedInserts=true";
		try (var connection = java.sql.DriverManager.getConnection(URL, env("GOEDGESPREK_BENCH_USER", "postgres"), "")) {
			connection.createStatement().execute("create schema if not exists " + SCHEMA);
		}
		// System properties, because they win over the postgres profile's own settings.
		Map.of("spring.datasource.url", jdbcUrl, "spring.datasource.username", env("GOEDGESPREK_BENCH_USER", "postgres"),
				"spring.flyway.schemas", SCHEMA, "spring.flyway.default-schema", SCHEMA, "server.port", "0",
				"goedgesprek.mail.schedule", "false", "server.servlet.session.cookie.secure", "false",
				"logging.level.root", "WARN", "spring.main.banner-mode", "off")
			.forEach(System::setProperty);
		ConfigurableApplicationContext app = new SpringApplicationBuilder(GoedgesprekApplication.class)
			.profiles("postgres")
			.run();
		try {
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			long existing = jdbc.queryForObject("select count(*) from conversation", Long.class);
			if (generate && existing == 0) {
				generate(jdbc);
				// The generator writes rows directly, so no events fill the read model: fill it now,
				// as a start would, or the pages below would measure an empty read model.
				long start = System.nanoTime();
				app.getBean(nl.goedgesprek.insights.internal.ConversationFacts.class).fillMissing();
				System.out.printf("Filled the insights read model and its totals in %d s%n",
						(System.nanoTime() - start) / 1_000_000_000);
				jdbc.execute("analyze");
			}
			// After a large fill, what autovacuum would do a little later: fresh statistics and visibility
			// maps, so the planner sees the read model as it is.
			for (String table : List.of("insight_conversation", "insight_agreement", "insight_month",
					"insight_agreement_month", "insight_reach")) {
				jdbc.execute("vacuum analyze " + table);
			}
			report(app, jdbc);
		}
		finally {
			app.close();
		}
	}

	private static void generate(JdbcTemplate jdbc) {
		long start = System.nanoTime();
		int[] teams = new int[800];
		java.util.Arrays.fill(teams, 24);
		long[] count = new long[1];
		new OrganisationGenerator(jdbc, 2026).generate(teams, 6, 60, LocalDate.now(), held -> {
			if (++count[0] % 100_000 == 0) {
				System.out.printf("  %,d conversations...%n", count[0]);
			}
		});
		jdbc.execute("analyze");
		System.out.printf("Generated %,d conversations in %d s%n", count[0], (System.nanoTime() - start) / 1_000_000_000);
	}

	private static void report(ConfigurableApplicationContext app, JdbcTemplate jdbc) throws Exception {
		int port = ((WebServerApplicationContext) app).getWebServer().getPort();
		String base = "http://localhost:" + port;
		PasswordEncoder encoder = app.getBean(PasswordEncoder.class);
		long hr = jdbc.queryForObject("select min(id) from employee where manager_id is null", Long.class);
		jdbc.update("update employee set password_hash = ? where id = ?", encoder.encode("benchmark"), hr);
		jdbc.update("insert into employee_role (employee, role) select ?, 'HR' where not exists "
				+ "(select 1 from employee_role where employee = ? and role = 'HR')", hr, hr);
		long manager = jdbc.queryForObject("select min(manager_id) from employee where manager_id <> ?", Long.class, hr);
		jdbc.update("update employee set password_hash = ? where id = ?", encoder.encode("benchmark"), manager);
		long team = jdbc.queryForObject("select team_id from employee where id = ?", Long.class, manager);
		long conversation = jdbc.queryForObject(
				"select max(id) from conversation where manager_id = ? and status = 'COMPLETED'", Long.class, manager);
		System.out.printf("Data: %,d people, %,d teams, %,d conversations, %,d agreements, %,d answers%n",
				jdbc.queryForObject("select count(*) from employee", Long.class),
				jdbc.queryForObject("select count(*) from team", Long.class),
				jdbc.queryForObject("select count(*) from conversation", Long.class),
				jdbc.queryForObject("select count(*) from agreement", Long.class),
				jdbc.queryForObject("select count(*) from answer", Long.class));
		System.out.printf("Insights read model: %,d conversation rows, %,d agreement rows, %,d monthly totals, %,d reach rows%n",
				jdbc.queryForObject("select count(*) from insight_conversation", Long.class),
				jdbc.queryForObject("select count(*) from insight_agreement", Long.class),
				jdbc.queryForObject("select count(*) from insight_month", Long.class),
				jdbc.queryForObject("select count(*) from insight_reach", Long.class));
		if (jdbc.queryForObject("select count(*) from insight_month", Long.class) == 0) {
			throw new IllegalStateException("the insights totals are empty: the numbers would mean nothing");
		}

		HttpClient hrClient = signIn(base, jdbc.queryForObject("select email from employee where id = ?", String.class, hr));
		HttpClient managerClient = signIn(base,
				jdbc.queryForObject("select email from employee where id = ?", String.class, manager));
		System.out.printf("%-44s %9s %9s %9s  %s%n", "page (" + LOADS + " loads after " + WARMUP + " warm-up)", "median", "p95", "max",
				"target p95");
		measure(hrClient, base + "/insights", "HR dashboard, organisation-wide", "300 ms");
		measure(hrClient, base + "/insights?team=" + team, "HR dashboard, one team", "50 ms");
		measure(managerClient, base + "/", "manager's home page", "30 ms");
		measure(managerClient, base + "/conversations/" + conversation, "conversation page", "30 ms");
		measure(managerClient, base + "/team/insights", "manager's team dashboard", "(none)");
		measure(hrClient, base + "/admin/conversations", "HR's overdue list, organisation-wide", "(none)");
		measure(hrClient, base + "/admin/conversations?team=" + team, "HR's overdue list, one team", "(none)");
	}

	private static void measure(HttpClient client, String url, String name, String target) throws Exception {
		List<Double> times = new ArrayList<>();
		for (int i = 0; i < LOADS + WARMUP; i++) {
			long start = System.nanoTime();
			HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url)).build(),
					HttpResponse.BodyHandlers.ofString());
			double millis = (System.nanoTime() - start) / 1_000_000.0;
			if (response.statusCode() != 200) {
				throw new IllegalStateException(url + " answered " + response.statusCode());
			}
			if (i >= WARMUP) {
				times.add(millis);
			}
		}
		Collections.sort(times);
		System.out.printf("%-44s %6.1f ms %6.1f ms %6.1f ms  %s%n", name, times.get(times.size() / 2),
				times.get((int) Math.ceil(times.size() * 0.95) - 1), times.get(times.size() - 1), target);
	}

	private static HttpClient signIn(String base, String email) throws Exception {
		HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(5)).build();
		String form = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
		if (!csrf.find()) {
			throw new IllegalStateException("no CSRF token on the login page");
		}
		String body = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password=benchmark&_csrf="
				+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.discarding());
		return client;
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

}
