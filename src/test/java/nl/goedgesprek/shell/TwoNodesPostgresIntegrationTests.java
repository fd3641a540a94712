package nl.goedgesprek.shell;

import java.io.IOException;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import nl.goedgesprek.GoedgesprekApplication;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.support.ConversationSteps;
import nl.goedgesprek.support.PostgresTestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14: two app nodes on one PostgreSQL schema, as behind a load balancer. Two real applications
 * (each its own Spring context, web server on a random port, connection pool and scheduler) start
 * at the same moment on an empty schema; then one person's browser (one cookie jar, as a browser
 * keeps cookies per host and not per port) signs in on A and goes on at B, saves on B and reads on
 * A; a password change on A ends the person's other session at B; the reminder job, triggered on both
 * nodes at once, runs once; and A is stopped while a save is in flight: the save completes, and the
 * person goes on at B without signing in again.
 */
class TwoNodesPostgresIntegrationTests {

	private static final String SCHEMA = PostgresTestDatabase.schemaFor(TwoNodesPostgresIntegrationTests.class);

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d*)\"");

	/** Runs of a scheduled job, counted where ShedLock lets a node run it, on both nodes together. */
	static final Map<String, AtomicInteger> RUNS = new java.util.concurrent.ConcurrentHashMap<>();

	/** A request with the header {@value #SLOW} waits here, so the test can stop its node meanwhile. */
	static final String SLOW = "X-Test-Slow";

	static final CountDownLatch SLOW_REQUEST_ARRIVED = new CountDownLatch(1);

	static ConfigurableApplicationContext a;

	static ConfigurableApplicationContext b;

	@BeforeAll
	static void startBothAtOnce() throws Exception {
		PostgresTestDatabase.freshSchema(SCHEMA);
		CompletableFuture<ConfigurableApplicationContext> first = CompletableFuture.supplyAsync(() -> start("a"));
		CompletableFuture<ConfigurableApplicationContext> second = CompletableFuture.supplyAsync(() -> start("b"));
		a = first.get(300, TimeUnit.SECONDS);
		b = second.get(300, TimeUnit.SECONDS);
	}

	@AfterAll
	static void stop() {
		for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] { a, b }) {
			if (node != null && node.isActive()) {
				node.close();
			}
		}
	}

	@Test
	void bothNodesStartAtOnceOnAnEmptySchemaAndEverythingIsCreatedOnce() {
		JdbcClient jdbc = b.getBean(JdbcClient.class); // B runs to the end; another test stops A
		int migrations = jdbc.sql("select count(*) from flyway_schema_history where version is not null").query(Integer.class).single();
		int versions = jdbc.sql("select count(distinct version) from flyway_schema_history where version is not null")
			.query(Integer.class).single();
		assertThat(migrations).as("each migration applied once").isEqualTo(versions).isGreaterThanOrEqualTo(20);
		assertThat(jdbc.sql("select count(*) from flyway_schema_history where not success").query(Integer.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from organisation").query(Integer.class).single()).as("one organisation").isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from card").query(Integer.class).single()).as("the two default cards, once").isEqualTo(2);
		assertThat(jdbc.sql("select count(*) from employee where email = 'daan.smit@horizon.example'").query(Integer.class).single())
			.as("the demo people, once").isEqualTo(1);
	}

	@Test
	void oneBrowserGoesFromNodeToNodeAndLosesNothingWhenANodeStops() throws Exception {
		Browser browser = new Browser();
		long conversation = planConversation();

		// signed in on A, goes on at B with the same cookie
		browser.signIn(port(a), "daan.smit", "goedgesprek");
		HttpResponse<String> home = browser.get(port(b), "/");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains("Daan");

		// saves on B, reads on A
		String path = "/conversations/" + conversation + "/preparation";
		assertThat(browser.savePreparation(port(b), path, "Thuiswerken (bewaard op B)", Map.of()).statusCode()).isEqualTo(302);
		assertThat(browser.get(port(a), path).body()).contains("Thuiswerken (bewaard op B)");

		// a password change on A ends the person's other session, which B serves
		Browser phone = new Browser();
		phone.signIn(port(b), "daan.smit", "goedgesprek");
		assertThat(phone.get(port(b), "/").statusCode()).isEqualTo(200);
		String token = browser.csrf(port(a), "/me/password");
		HttpResponse<String> changed = browser.post(port(a), "/me/password", Map.of("_csrf", token, "currentPassword", "goedgesprek",
				"newPassword", "zeven zeilboten op het meer", "repeatPassword", "zeven zeilboten op het meer"), Map.of());
		assertThat(changed.statusCode()).isEqualTo(302);
		assertThat(phone.get(port(b), "/").headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?expired"));
		assertThat(browser.get(port(b), "/").statusCode()).as("the session that changed it goes on").isEqualTo(200);

		// A stops while a save is in flight: graceful shutdown lets it finish
		String version = browser.version(port(a), path);
		CompletableFuture<HttpResponse<String>> inFlight = CompletableFuture.supplyAsync(() -> {
			try {
				return browser.savePreparation(port(a), path, "Salarisgesprek (bewaard terwijl A stopte)", Map.of(SLOW, "true"), version);
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
		assertThat(SLOW_REQUEST_ARRIVED.await(30, TimeUnit.SECONDS)).as("the slow save reached A").isTrue();
		long closing = System.nanoTime();
		a.close();
		long closedAfter = (System.nanoTime() - closing) / 1_000_000;
		HttpResponse<String> answer = inFlight.get(30, TimeUnit.SECONDS);
		System.out.printf("TwoNodes: node A took %d ms to stop with a save in flight; the save answered %d%n", closedAfter,
				answer.statusCode());
		assertThat(answer.statusCode()).as("the save in flight was answered, not cut off").isEqualTo(302);
		assertThat(closedAfter).as("A waited for the request in hand").isGreaterThanOrEqualTo(1500);

		HttpResponse<String> atB = browser.get(port(b), path);
		assertThat(atB.statusCode()).as("the session goes on at B, no new sign-in").isEqualTo(200);
		assertThat(atB.body()).contains("Salarisgesprek (bewaard terwijl A stopte)");
	}

	@Test
	void theReminderJobTriggeredOnBothNodesAtOnceRunsOnce() throws Exception {
		ConfigurableApplicationContext first = a.isActive() ? a : start("c");
		Runnable onA = scheduled(first, "scanForReminders");
		Runnable onB = scheduled(b, "scanForReminders");
		CountDownLatch go = new CountDownLatch(1);
		List<CompletableFuture<Void>> both = new ArrayList<>();
		for (Runnable job : List.of(onA, onB)) {
			both.add(CompletableFuture.runAsync(() -> {
				try {
					go.await();
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
				job.run();
			}));
		}
		go.countDown();
		CompletableFuture.allOf(both.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
		assertThat(RUNS.getOrDefault("mail.reminders", new AtomicInteger()).get()).as("runs of the reminder scan").isEqualTo(1);
		if (first != a) {
			first.close();
		}
	}

	private static Runnable scheduled(ConfigurableApplicationContext node, String method) {
		return node.getBeansOfType(ScheduledTaskHolder.class)
			.values()
			.stream()
			.flatMap(holder -> holder.getScheduledTasks().stream())
			.map(ScheduledTask::getTask)
			.filter(task -> task.toString().contains(method))
			.map(task -> task.getRunnable())
			.findFirst()
			.orElseThrow(() -> new AssertionError("no scheduled " + method));
	}

	private static long planConversation() {
		JdbcClient jdbc = a.getBean(JdbcClient.class);
		EmployeeId pieter = EmployeeId.of(jdbc.sql("select id from employee where email = 'pieter.jansen@horizon.example'")
			.query(Long.class).single());
		EmployeeId daan = EmployeeId.of(jdbc.sql("select id from employee where email = 'daan.smit@horizon.example'")
			.query(Long.class).single());
		// A node is the application as it ships, without the test classes (ExcludeTestClasses), so it has
		// no ConversationSteps bean to get: the steps are made for the call, on node A's services.
		ConversationSteps steps = a.getAutowireCapableBeanFactory().createBean(ConversationSteps.class);
		return steps.plan(pieter, daan, LocalDate.now().plusDays(7).atTime(10, 0)).value();
	}

	private static int port(ConfigurableApplicationContext node) {
		return ((WebServerApplicationContext) node).getWebServer().getPort();
	}

	private static ConfigurableApplicationContext start(String name) {
		String url = PostgresTestDatabase.url();
		String user = PostgresTestDatabase.user();
		String password = PostgresTestDatabase.password();
		return new SpringApplicationBuilder(GoedgesprekApplication.class, NodeUnderTest.class)
			.initializers(context -> context.getBeanFactory().registerSingleton("testClassesAreNotPartOfANode",
					new ExcludeTestClasses()))
			.run("--server.port=0", "--spring.application.name=node-" + name,
					"--spring.datasource.url=" + url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA,
					"--spring.datasource.username=" + user, "--spring.datasource.password=" + password,
					"--spring.flyway.schemas=" + SCHEMA, "--spring.flyway.default-schema=" + SCHEMA,
					// small pools: the whole test suite shares one PostgreSQL
					"--spring.datasource.hikari.maximum-pool-size=4", "--spring.datasource.hikari.minimum-idle=0",
					"--goedgesprek.demo.enabled=true", "--goedgesprek.demo.conversations=false",
					// the jobs exist, with the production locks, but the test triggers them
					"--goedgesprek.mail.schedule=true", "--goedgesprek.mail.scan-delay=PT1H", "--goedgesprek.mail.send-delay=PT1H",
					"--spring.main.banner-mode=off", "--logging.level.root=WARN", "--logging.level.nl.goedgesprek=INFO",
					"--server.shutdown=graceful", "--spring.lifecycle.timeout-per-shutdown-phase=20s");
	}

	/** What the test adds to each node: a way to make one request slow, and a count of job runs. */
	static class NodeUnderTest {

		@Bean
		WebMvcConfigurer slowRequests() {
			return new WebMvcConfigurer() {
				@Override
				public void addInterceptors(InterceptorRegistry registry) {
					registry.addInterceptor(new HandlerInterceptor() {
						@Override
						public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
								throws Exception {
							if (request.getHeader(SLOW) != null) {
								SLOW_REQUEST_ARRIVED.countDown();
								Thread.sleep(3000);
							}
							return true;
						}
					});
				}
			};
		}

		@Bean
		static BeanPostProcessor countJobRuns() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					if (bean instanceof LockProvider locks) {
						return (LockProvider) configuration -> {
							Optional<SimpleLock> lock = locks.lock(configuration);
							lock.ifPresent(taken -> RUNS.computeIfAbsent(configuration.getName(), n -> new AtomicInteger())
								.incrementAndGet());
							return lock;
						};
					}
					return bean;
				}
			};
		}

	}

	/** Keeps the other test classes' configurations (nested, for their own contexts) out of a node. */
	static final class ExcludeTestClasses extends TypeExcludeFilter {

		@Override
		public boolean match(org.springframework.core.type.classreading.MetadataReader reader,
				org.springframework.core.type.classreading.MetadataReaderFactory factory) {
			// every class compiled from the test sources (test steps, stubs, the tests themselves): a node
			// is the application as it ships
			try {
				return reader.getResource().getURL().toString().contains("/test-classes/");
			}
			catch (java.io.IOException unreadable) {
				return false;
			}
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof ExcludeTestClasses;
		}

		@Override
		public int hashCode() {
			return ExcludeTestClasses.class.hashCode();
		}

	}

	/** One browser: one cookie jar for every node, as a browser sends a host's cookies to any port. */
	static final class Browser {

		private final HttpClient http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5))
			.build();

		void signIn(int port, String who, String password) throws Exception {
			String token = csrf(port, "/login");
			HttpResponse<String> signedIn = post(port, "/login",
					Map.of("username", who + "@horizon.example", "password", password, "_csrf", token), Map.of());
			assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error").doesNotContain("login");
		}

		HttpResponse<String> savePreparation(int port, String path, String talkingPoint, Map<String, String> headers)
				throws Exception {
			return savePreparation(port, path, talkingPoint, headers, version(port, path));
		}

		HttpResponse<String> savePreparation(int port, String path, String talkingPoint, Map<String, String> headers,
				String version) throws Exception {
			String token = csrf(port, path);
			return post(port, path, Map.of("_csrf", token, "version", version, "talkingPoint", talkingPoint), headers);
		}

		String version(int port, String path) throws Exception {
			Matcher version = VERSION.matcher(get(port, path).body());
			return version.find() ? version.group(1) : "";
		}

		String csrf(int port, String path) throws Exception {
			HttpResponse<String> page = get(port, path);
			Matcher token = CSRF.matcher(page.body());
			assertThat(token.find()).as("a form on " + path + " (" + page.statusCode() + ")").isTrue();
			return token.group(1);
		}

		HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
			return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(30))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> post(int port, String path, Map<String, String> form, Map<String, String> headers)
				throws IOException, InterruptedException {
			String body = form.entrySet()
				.stream()
				.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"));
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
				.timeout(Duration.ofSeconds(30))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body));
			headers.forEach(request::header);
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}

	}

}
