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

	/** {@code java -jar} this jar instead of starting the application in this JVM: as users run it. */
	private static final String JAR = env("GOEDGESPREK_BENCH_JAR", "");

	private static final int JAR_PORT = Integer.parseInt(env("GOEDGESPREK_BENCH_PORT", "8097"));

	public static void main(String[] args) throws Exception {
		boolean generate = List.of(args).contains("--generate");
		String jdbcUrl = URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA + "&reWriteBatchedInserts=true";
		try (var connection = java.sql.DriverManager.getConnection(URL, env("GOEDGESPREK_BENCH_USER", "postgres"), "")) {
			connection.createStatement().execute("create schema if not exists " + SCHEMA);
		}
		// System properties, because they win over the postgres profile's own settings.
		Map<String, String> properties = Map.of("spring.datasource.url", jdbcUrl, "spring.datasource.username",
				env("GOEDGESPREK_BENCH_USER", "postgres"), "spring.flyway.schemas", SCHEMA, "spring.flyway.default-schema",
				SCHEMA, "server.port", JAR.isEmpty() ? "0" : String.valueOf(JAR_PORT), "goedgesprek.mail.schedule", "false",
				"server.servlet.session.cookie.secure", "false", "logging.level.root", "WARN", "spring.main.banner-mode", "off");
		if (!JAR.isEmpty() && !generate) {
			measureJar(properties, jdbcUrl);
			return;
		}
		properties.forEach(System::setProperty);
		ConfigurableApplicationContext app = new SpringApplicationBuilder(GoedgesprekApplication.class)
			.profiles("postgres")
			.run();
		try {
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			long existing = jdbc.queryForObject("select count(*) from conversation", Long.class);
			if (generate && existing == 0) {
				generate(jdbc);
				// The generator writes rows directly, so no events fill the read models: fill them now,
				// as a start would, or the pages below would measure empty read models.
				long start = System.nanoTime();
				app.getBean(nl.goedgesprek.insights.internal.ConversationFacts.class).fillMissing();
				app.getBean(nl.goedgesprek.followup.internal.RhythmReadModel.class).rebuild();
				System.out.printf("Filled the insights and rhythm read models in %d s%n",
						(System.nanoTime() - start) / 1_000_000_000);
				jdbc.execute("analyze");
			}
			vacuum(jdbc);
			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			report("http://localhost:" + port, jdbc);
		}
		finally {
			app.close();
		}
	}

	/** After a large fill, what autovacuum would do a little later: fresh statistics for the planner. */
	private static void vacuum(JdbcTemplate jdbc) {
		for (String table : List.of("insight_conversation", "insight_agreement", "insight_month",
				"insight_agreement_month", "insight_reach")) {
			jdbc.execute("vacuum analyze " + table);
		}
	}

	/**
	 * Starts {@code java -jar} as users run it, on the same schema, and measures it from here: the time
	 * to the first page, its resident memory after start and after 1,000 requests, and the pages.
	 */
	private static void measureJar(Map<String, String> properties, String jdbcUrl) throws Exception {
		var dataSource = new org.springframework.jdbc.datasource.DriverManagerDataSource(jdbcUrl,
				env("GOEDGESPREK_BENCH_USER", "postgres"), "");
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java")));
		command.addAll(List.of(env("GOEDGESPREK_BENCH_JVM", "-Xmx1g").split(" ")));
		command.addAll(List.of("-jar", JAR, "--spring.profiles.active=postgres"));
		properties.forEach((key, value) -> command.add("--" + key + "=" + value));
		String base = "http://localhost:" + JAR_PORT;
		long start = System.nanoTime();
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(new java.io.File(env("GOEDGESPREK_BENCH_LOG", "target/benchmark-jar.log")))
			.start();
		try {
			HttpClient probe = HttpClient.newHttpClient();
			while (true) {
				if (!process.isAlive()) {
					throw new IllegalStateException("the jar stopped: see target/benchmark-jar.log");
				}
				try {
					if (probe.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
							HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
						break;
					}
				}
				catch (java.io.IOException notYet) {
					Thread.sleep(100);
				}
			}
			System.out.printf("java -jar %s: first page after %.1f s, RSS %d MB after start%n", JAR,
					(System.nanoTime() - start) / 1e9, rssMegabytes(process.pid()));
			vacuum(jdbc);
			report(base, jdbc);
			System.out.printf("RSS %d MB after the measured loads%n", rssMegabytes(process.pid()));
		}
		finally {
			process.destroy();
			process.waitFor();
		}
	}

	static long rssMegabytes(long pid) {
		try {
			for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/" + pid + "/status"))) {
				if (line.startsWith("VmRSS:")) {
					return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
				}
			}
		}
		catch (java.io.IOException | NumberFormatException unknown) {
			// not on Linux
		}
		return -1;
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

	/**
	 * The pages, each with the ratio of its median to the floor's, and its target; {@code before} runs
	 * before each load, outside the time measured.
	 */
	private record Load(String name, HttpClient client, String url, String target, Runnable before) {

		Load(String name, HttpClient client, String url, String target) {
			this(name, client, url, target, () -> {
			});
		}

	}

	private static void report(String base, JdbcTemplate jdbc) throws Exception {
		PasswordEncoder encoder = org.springframework.security.crypto.factory.PasswordEncoderFactories
			.createDelegatingPasswordEncoder();
		String password = encoder.encode("benchmark");
		long hr = jdbc.queryForObject("select min(id) from employee where manager_id is null", Long.class);
		jdbc.update("update employee set password_hash = ? where id = ?", password, hr);
		jdbc.update("insert into employee_role (employee, role) select ?, 'HR' where not exists "
				+ "(select 1 from employee_role where employee = ? and role = 'HR')", hr, hr);
		long manager = jdbc.queryForObject("select min(manager_id) from employee where manager_id <> ?", Long.class, hr);
		jdbc.update("update employee set password_hash = ? where id = ?", password, manager);
		long team = jdbc.queryForObject("select team_id from employee where id = ?", Long.class, manager);
		long conversation = jdbc.queryForObject(
				"select max(id) from conversation where manager_id = ? and status = 'COMPLETED'", Long.class, manager);
		long employee = jdbc.queryForObject("select employee_id from conversation where id = ?", Long.class, conversation);
		long large = largeTeamManager(jdbc, hr, password);
		System.out.printf("Data: %,d people, %,d teams, %,d conversations, %,d agreements, %,d answers%n",
				jdbc.queryForObject("select count(*) from employee", Long.class),
				jdbc.queryForObject("select count(*) from team", Long.class),
				jdbc.queryForObject("select count(*) from conversation", Long.class),
				jdbc.queryForObject("select count(*) from agreement", Long.class),
				jdbc.queryForObject("select count(*) from answer", Long.class));
		if (jdbc.queryForObject("select count(*) from insight_month", Long.class) == 0) {
			throw new IllegalStateException("the insights totals are empty: the numbers would mean nothing");
		}

		HttpClient hrClient = signIn(base, jdbc.queryForObject("select email from employee where id = ?", String.class, hr));
		HttpClient managerClient = signIn(base,
				jdbc.queryForObject("select email from employee where id = ?", String.class, manager));
		HttpClient largeClient = signIn(base, jdbc.queryForObject("select email from employee where id = ?", String.class, large));
		List<Load> pages = new ArrayList<>(List.of(
				new Load("floor: sign-in page, signed in", managerClient, base + "/login", "1x"),
				new Load("manager's home page", managerClient, base + "/", "2x"),
				new Load("conversation page (a completed check-in)", managerClient, base + "/conversations/" + conversation, "2x"),
				new Load("record page", managerClient, base + "/conversations/" + conversation + "/record", "2x"),
				new Load("team page, 24 reports", managerClient, base + "/team", "2x"),
				new Load("team page, 384 reports", largeClient, base + "/team", "4x"),
				new Load("agreements, manager of 24", managerClient, base + "/agreements", "(none)"),
				new Load("timeline of one employee", managerClient, base + "/people/" + employee + "/timeline", "(none)"),
				new Load("manager's team dashboard", managerClient, base + "/team/insights", "(none)"),
				new Load("HR dashboard, organisation-wide", hrClient, base + "/insights", "6x"),
				// As right after a conversation was held: the read model's version moved, so the dashboard
				// kept from the last load no longer holds and is computed again.
				new Load("HR dashboard, organisation-wide, just changed", hrClient, base + "/insights", "(none)",
						() -> jdbc.update("update insight_lock set version = version + 1 where id = 1")),
				new Load("HR dashboard, one team", hrClient, base + "/insights?team=" + team, "(none)"),
				new Load("HR's overdue list, organisation-wide", hrClient, base + "/admin/conversations", "6x"),
				new Load("HR's overdue list, one team", hrClient, base + "/admin/conversations?team=" + team, "(none)")));
		String only = env("GOEDGESPREK_BENCH_SKIP", "");
		pages.removeIf(page -> !only.isEmpty() && List.of(only.split(",")).stream().anyMatch(page.name()::contains));
		// Interleaved: every round loads every page once, so a busy moment on this shared machine slows
		// all pages alike and the ratios to the floor hold where the milliseconds do not.
		Map<String, List<Double>> times = new java.util.LinkedHashMap<>();
		pages.forEach(page -> times.put(page.name(), new ArrayList<>()));
		for (int round = 0; round < LOADS + WARMUP; round++) {
			for (Load page : pages) {
				page.before().run();
				double millis = load(page.client(), page.url());
				if (round >= WARMUP) {
					times.get(page.name()).add(millis);
				}
			}
		}
		double floor = median(times.get(pages.get(0).name()));
		System.out.printf("%-44s %9s %9s %9s %8s  %s%n", "page (" + LOADS + " rounds after " + WARMUP + " warm-up)",
				"median", "p95", "max", "x floor", "target");
		for (Load page : pages) {
			List<Double> sorted = new ArrayList<>(times.get(page.name()));
			Collections.sort(sorted);
			System.out.printf("%-44s %6.1f ms %6.1f ms %6.1f ms %7.1fx  %s%n", page.name(), median(sorted),
					sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1), sorted.get(sorted.size() - 1),
					median(sorted) / floor, page.target());
		}
		System.out.printf("Load average at the end: %s%n", java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim());
	}

	/**
	 * A manager with 384 reports (the people of 16 teams), made once and kept: the team page's cost
	 * per report shows only at that size.
	 */
	private static long largeTeamManager(JdbcTemplate jdbc, long director, String password) {
		String email = "benchmark.384@generated.example";
		List<Long> existing = jdbc.queryForList("select id from employee where email = ?", Long.class, email);
		if (!existing.isEmpty()) {
			jdbc.update("update employee set password_hash = ? where id = ?", password, existing.get(0));
			return existing.get(0);
		}
		long id = jdbc.queryForObject("select max(id) + 1 from employee", Long.class);
		jdbc.update("insert into employee (id, version, name, email, job_title, manager_id, active, password_hash) "
				+ "values (?, 0, 'Leidinggevende 384', ?, 'Leidinggevende', ?, true, ?)", id, email, director, password);
		jdbc.update("update employee set manager_id = ? where team_id in (select id from team order by id desc "
				+ "fetch first 16 rows only) and job_title = 'Medewerker'", id);
		return id;
	}

	private static double load(HttpClient client, String url) throws Exception {
		long start = System.nanoTime();
		HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url)).build(),
				HttpResponse.BodyHandlers.ofString());
		double millis = (System.nanoTime() - start) / 1_000_000.0;
		if (response.statusCode() != 200) {
			throw new IllegalStateException(url + " answered " + response.statusCode());
		}
		return millis;
	}

	private static double median(List<Double> values) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		return sorted.get(sorted.size() / 2);
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
