package nl.goedgesprek.shell;

import java.io.File;
import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11, class 9: on the embedded default, a save the app acknowledged survives {@code kill -9}.
 * Starts the real application as a separate Java process in an empty folder (so it uses the
 * embedded H2 file exactly as configured, with demo data), lets four people give appreciation as
 * fast as they can (an append-only write, so every acknowledged save can be looked for), kills the
 * process with SIGKILL in the middle, starts it again on the same files, and then looks for every
 * save that had been answered with success. With H2's default write delay the last few hundred
 * milliseconds of acknowledged saves were gone.
 */
class CrashDurabilityTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern RECIPIENT = Pattern.compile("/appreciation/new\\?for=(\\d+)");

	private static final List<String> GIVERS = List.of("lotte.bakker", "daan.smit", "anouk.mulder", "kevin.deboer");

	@TempDir
	Path folder;

	private Process app;

	@AfterEach
	void stop() {
		if (app != null) {
			app.destroyForcibly();
		}
	}

	@Test
	void everyAcknowledgedSaveSurvivesKillMinusNine() throws Exception {
		int port = freePort();
		app = start(port, "first");
		ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
		AtomicBoolean killed = new AtomicBoolean();
		ExecutorService writers = Executors.newFixedThreadPool(GIVERS.size());
		List<java.util.concurrent.Future<Object>> writing = new java.util.ArrayList<>();
		for (String giver : GIVERS) {
			writing.add(writers.submit(() -> {
				Session session = Session.signIn(port, giver);
				String recipient = session.recipientId("Sanne");
				for (int i = 0; !killed.get(); i++) {
					String text = "Bedankt " + giver + " #" + i;
					try {
						if (session.giveAppreciation(recipient, text)) {
							acknowledged.add(text);
						}
					}
					catch (IOException connectionGone) {
						return null;
					}
				}
				return null;
			}));
		}
		Instant until = Instant.now().plusSeconds(20);
		while (acknowledged.size() < 200 && Instant.now().isBefore(until)) {
			Thread.sleep(50);
		}
		app.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL: no shutdown hook, no H2 close
		killed.set(true);
		writers.shutdown();
		writers.awaitTermination(30, TimeUnit.SECONDS);
		assertThat(acknowledged).as(() -> "saves acknowledged before the kill; the writers: " + outcomes(writing)
				+ "; the end of the application's log: " + tail(folder.resolve("first.log"))).hasSizeGreaterThan(20);

		app = start(port, "second");
		Session.signIn(port, "sanne.devries"); // the restarted app serves again
		app.destroy();
		app.waitFor(60, TimeUnit.SECONDS);

		Set<String> stored = appreciations();
		System.out.printf("CrashDurabilityTests: %d saves acknowledged before kill -9, %d appreciation rows after the restart%n", acknowledged.size(), stored.size());
		assertThat(new ArrayList<>(acknowledged)).as("every save acknowledged before kill -9 is still there")
			.allMatch(stored::contains);
	}

	/**
	 * A stop (SIGTERM, {@code systemctl stop}) lets the requests in hand finish. On the embedded H2 the
	 * database closed itself at the same moment, in H2's own shutdown hook: a save that came in just
	 * before the stop was answered with an error page, and the event registry could not be closed
	 * ("Could not open JDBC Connection"). Now H2 closes when the application closes its pool, last.
	 */
	@Test
	void aStopLetsEverySaveInHandFinishOnTheEmbeddedDatabase() throws Exception {
		int port = freePort();
		app = start(port, "stopping");
		ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
		ConcurrentLinkedQueue<String> failed = new ConcurrentLinkedQueue<>();
		ExecutorService writers = Executors.newFixedThreadPool(GIVERS.size());
		for (String giver : GIVERS) {
			writers.submit(() -> {
				Session session = Session.signIn(port, giver);
				String recipient = session.recipientId("Sanne");
				for (int i = 0;; i++) {
					String text = "Dank je " + giver + " #" + i;
					try {
						int answer = session.appreciationAnswer(recipient, text);
						if (answer == 302) {
							acknowledged.add(text);
						}
						else {
							failed.add(text + ": " + answer);
						}
					}
					catch (IOException stoppedListening) {
						return null;
					}
				}
			});
		}
		Instant until = Instant.now().plusSeconds(20);
		while (acknowledged.size() < 60 && Instant.now().isBefore(until)) {
			Thread.sleep(50);
		}
		app.destroy(); // SIGTERM: graceful shutdown
		assertThat(app.waitFor(60, TimeUnit.SECONDS)).as("stopped within a minute").isTrue();
		writers.shutdown();
		assertThat(writers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
		String log = Files.readString(folder.resolve("stopping.log"));

		assertThat(acknowledged).as("saves before the stop").hasSizeGreaterThan(20);
		assertThat(failed).as("saves answered with an error while stopping; the log: " + tail(folder.resolve("stopping.log")))
			.isEmpty();
		assertThat(log).doesNotContain("Could not open JDBC Connection", "Database is already closed");
		app = start(port, "after-stop");
		app.destroy();
		app.waitFor(60, TimeUnit.SECONDS);
		assertThat(new ArrayList<>(acknowledged)).as("every acknowledged save is there after the restart")
			.allMatch(appreciations()::contains);
	}

	/** Every appreciation text in the embedded database (the application must be stopped). */
	private Set<String> appreciations() throws Exception {
		Set<String> stored = new HashSet<>();
		try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("data/goedgesprek"), "sa", "");
				ResultSet rows = db.createStatement().executeQuery("select text from appreciation")) {
			while (rows.next()) {
				stored.add(rows.getString(1));
			}
		}
		return stored;
	}

	/** How each writer ended, so a run without saves says why (a sign-in refused, a page that failed). */
	private static String outcomes(List<java.util.concurrent.Future<Object>> writing) {
		List<String> outcomes = new java.util.ArrayList<>();
		for (var writer : writing) {
			try {
				writer.get(1, TimeUnit.SECONDS);
				outcomes.add("ended");
			}
			catch (Exception failed) {
				outcomes.add(String.valueOf(failed.getCause() != null ? failed.getCause() : failed));
			}
		}
		return outcomes.toString();
	}

	private static String tail(Path log) {
		try {
			List<String> lines = java.nio.file.Files.readAllLines(log);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
		}
		catch (IOException | RuntimeException unreadable) {
			return "(" + unreadable + ")";
		}
	}

	private Process start(int port, String name) throws Exception {
		List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
				"-cp", applicationClassPath(), "nl.goedgesprek.GoedgesprekApplication", "--server.port=" + port,
				"--spring.task.scheduling.pool.size=1");
		Process process = new ProcessBuilder(command).directory(folder.toFile())
			.redirectErrorStream(true)
			.redirectOutput(folder.resolve(name + ".log").toFile())
			.start();
		HttpClient client = HttpClient.newHttpClient();
		Instant until = Instant.now().plusSeconds(120);
		while (Instant.now().isBefore(until)) {
			assertThat(process.isAlive()).as("the app is running; see " + folder.resolve(name + ".log")).isTrue();
			try {
				// Ready, not merely answering: the web server answers /login before the demo people
				// are loaded, and a sign-in in between is refused. Readiness turns UP after that.
				if (client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness")).build(),
						HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return process;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			Thread.sleep(250);
		}
		throw new AssertionError("the app did not start within 120 s: " + Files.readString(folder.resolve(name + ".log")));
	}

	/** The classes and libraries of the application, without the test classes. */
	private static String applicationClassPath() throws IOException {
		List<String> entries = new ArrayList<>();
		for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
			if (entry.contains("surefirebooter") && entry.endsWith(".jar")) {
				try (JarFile booter = new JarFile(entry)) {
					for (String url : booter.getManifest().getMainAttributes().getValue("Class-Path").split(" ")) {
						entries.add(Path.of(URI.create(url)).toString());
					}
				}
			}
			else {
				entries.add(entry);
			}
		}
		return entries.stream()
			.filter(entry -> !entry.contains("test-classes") && !entry.contains("surefire"))
			.collect(Collectors.joining(File.pathSeparator));
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/** One signed-in browser, as plain HTTP. */
	private record Session(HttpClient http, String base) {

		static Session signIn(int port, String who) throws Exception {
			HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
				.followRedirects(HttpClient.Redirect.NEVER)
				.connectTimeout(Duration.ofSeconds(5))
				.build();
			Session session = new Session(http, "http://127.0.0.1:" + port);
			String token = session.csrf("/login");
			HttpResponse<String> signedIn = session.post("/login",
					Map.of("username", who + "@horizon.example", "password", "goedgesprek", "_csrf", token));
			assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
			return session;
		}

		String recipientId(String name) throws Exception {
			Matcher found = RECIPIENT.matcher(get("/appreciation/new?q=" + name).body());
			assertThat(found.find()).as("a colleague called " + name).isTrue();
			return found.group(1);
		}

		boolean giveAppreciation(String recipient, String text) throws Exception {
			return appreciationAnswer(recipient, text) == 302;
		}

		/**
		 * The status of giving one appreciation: 302 when it was saved (back to the form), the status
		 * of the page that failed otherwise (the form's page or the save).
		 */
		int appreciationAnswer(String recipient, String text) throws Exception {
			HttpResponse<String> form = get("/appreciation/new?for=" + recipient);
			Matcher token = CSRF.matcher(form.body());
			if (form.statusCode() != 200 || !token.find()) {
				return form.statusCode() == 200 ? -1 : form.statusCode();
			}
			HttpResponse<String> answer = post("/appreciation", Map.of("for", recipient, "text", text, "_csrf", token.group(1)));
			return answer.statusCode() == 302 && !answer.headers().firstValue("Location").orElse("").endsWith("/appreciation/new")
					? -2 : answer.statusCode();
		}

		String csrf(String path) throws Exception {
			Matcher token = CSRF.matcher(get(path).body());
			assertThat(token.find()).as("a form on " + path).isTrue();
			return token.group(1);
		}

		HttpResponse<String> get(String path) throws Exception {
			return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).build(),
					HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
			String body = form.entrySet()
				.stream()
				.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"));
			return http.send(HttpRequest.newBuilder(URI.create(base + path))
				.timeout(Duration.ofSeconds(30))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

	}

}
