package nl.goedgesprek.shell.sso;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import nl.goedgesprek.people.People;
import nl.goedgesprek.support.OidcProvider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 12, item 3: signing in through a real OpenID Connect provider (running in this JVM), over real
 * HTTP, with Spring Security as it runs in production. A person is let in only as an existing, active
 * person whose address the provider verified; everyone else gets a page that says why, and nobody is
 * ever created. Every sign-in and refusal is a line in the audit trail.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SingleSignOnIntegrationTests {

	@DynamicPropertySource
	static void provider(DynamicPropertyRegistry properties) {
		OidcProvider.configure(properties);
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	People people;

	@Autowired
	org.springframework.context.ApplicationContext context;

	private final ProviderVisitor visitor = new ProviderVisitor();

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	/** Opens the login page and follows its "Inloggen met ..." link through the provider and back. */
	private HttpResponse<String> signInThroughProvider() throws Exception {
		Document login = Jsoup.parse(visitor.get(url("/login")).body(), url("/login"));
		var button = login.selectFirst(".login__sso a");
		assertThat(button).as("the login page offers the provider").isNotNull();
		assertThat(button.text()).isEqualTo("Inloggen met " + OidcProvider.NAME);
		return visitor.get(button.absUrl("href"));
	}

	private String path(HttpResponse<String> response) {
		return response.uri().getRawPath() + (response.uri().getRawQuery() == null ? "" : "?" + response.uri().getRawQuery());
	}

	private boolean signedIn() throws Exception {
		return path(visitor.get(url("/"))).equals("/");
	}

	private long idOf(String email) {
		return people.findByEmail(email).orElseThrow().id().value();
	}

	/** The audit line of this action with this subject (or none), once the trail has written it. */
	private Map<String, Object> awaitAuditLine(String action, Long subject) {
		return await().atMost(Duration.ofSeconds(10)).until(() -> jdbc
			.sql("select actor_id, actor_label, subject_id, detail from audit_event where action = :action"
					+ " and coalesce(subject_id, -1) = :subject order by id desc")
			.param("action", action)
			.param("subject", subject == null ? -1L : subject)
			.query()
			.listOfRows(), rows -> !rows.isEmpty()).get(0);
	}

	private long audited(String action, String detail) {
		return jdbc.sql("select count(*) from audit_event where action = :action and detail = :detail")
			.param("action", action)
			.param("detail", detail)
			.query(Long.class)
			.single();
	}

	@Test
	void aKnownPersonWithAVerifiedAddressLandsOnTheirOwnHomePage() throws Exception {
		// Upper case as some directories keep it: matched case-insensitively.
		OidcProvider.nextSignIn("Pieter.Jansen@Horizon.EXAMPLE");
		HttpResponse<String> home = signInThroughProvider();

		assertThat(visitor.visited).anyMatch(address -> address.toString().startsWith(OidcProvider.issuer()));
		assertThat(path(home)).isEqualTo("/");
		assertThat(Jsoup.parse(home.body()).select("h1").text()).isEqualTo("Welkom, Pieter");
		// The same person as with a password: a manager's page is his, an HR page is not.
		assertThat(visitor.get(url("/team")).statusCode()).isEqualTo(200);
		assertThat(visitor.get(url("/admin/people")).statusCode()).isEqualTo(403);

		long pieter = idOf("pieter.jansen@horizon.example");
		Map<String, Object> line = awaitAuditLine("SSO_SIGN_IN", pieter);
		assertThat(line.get("actor_id")).isEqualTo(pieter);
		assertThat(line.get("detail")).isNull();
	}

	/**
	 * Before a node is ready (start-up steps still running, or shutting down) nobody is sent to the
	 * provider, and nobody coming back from it is signed in or refused: the login page says to try again
	 * in a moment, as for a password.
	 */
	@Test
	void whileTheNodeIsNotReadyNobodyIsSentToTheProviderOrTakenInFromIt() throws Exception {
		// No sign-in is queued at the provider for the two refused tries: the provider would keep it for
		// the next one, in another test.
		AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
		try {
			assertThat(path(signInThroughProvider())).isEqualTo("/login?starting");
			assertThat(visitor.visited).noneMatch(address -> address.toString().startsWith(OidcProvider.issuer()));
		}
		finally {
			AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
		}

		// Out to the provider while ready, back while not: the way back is not followed.
		Document login = Jsoup.parse(visitor.get(url("/login")).body(), url("/login"));
		HttpResponse<String> hop = visitor.hop(URI.create(login.selectFirst(".login__sso a").absUrl("href")));
		URI next = null;
		for (int hops = 0; hops < 10 && hop.statusCode() / 100 == 3; hops++) {
			next = hop.uri().resolve(hop.headers().firstValue("Location").orElseThrow());
			if (next.getPath().startsWith("/login/oauth2/code/")) {
				break;
			}
			hop = visitor.hop(next);
		}
		assertThat(next.getPath()).as("the provider sends the person back").startsWith("/login/oauth2/code/");
		AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
		try {
			assertThat(path(visitor.get(next.toString()))).isEqualTo("/login?starting");
			assertThat(signedIn()).isFalse();
		}
		finally {
			AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
		}
		OidcProvider.nextSignIn("anouk.mulder@horizon.example");
		assertThat(path(signInThroughProvider())).isEqualTo("/");
		long anouk = idOf("anouk.mulder@horizon.example");
		awaitAuditLine("SSO_SIGN_IN", anouk);
		assertThat(jdbc.sql("select count(*) from audit_event where action like 'SSO%' and subject_id = :anouk")
			.param("anouk", anouk)
			.query(Long.class)
			.single()).as("the one sign-in once ready; nothing for the two tries before").isEqualTo(1);
	}

	@Test
	void aPersonWhoAskedForAPageLandsOnItAfterSigningIn() throws Exception {
		assertThat(path(visitor.get(url("/inbox")))).isEqualTo("/login");
		OidcProvider.nextSignIn("sanne.devries@horizon.example");
		HttpResponse<String> landed = signInThroughProvider();
		assertThat(path(landed)).isEqualTo("/inbox");
	}

	@Test
	void anUnknownAddressIsRefusedWithAPageThatSaysSoAndNobodyIsCreated() throws Exception {
		OidcProvider.nextSignIn("nieuw.iemand@horizon.example");
		HttpResponse<String> refused = signInThroughProvider();

		assertThat(path(refused)).isEqualTo("/login/sso-refused");
		assertThat(Jsoup.parse(refused.body()).select("[role=alert]").text())
			.isEqualTo("Het adres nieuw.iemand@horizon.example is bij Goedgesprek niet bekend. Alleen mensen die je "
					+ "organisatie al in Goedgesprek heeft gezet, kunnen inloggen.");
		assertThat(signedIn()).isFalse();
		assertThat(people.findByEmail("nieuw.iemand@horizon.example")).isEmpty();
		Map<String, Object> line = awaitAuditLine("SSO_REFUSED", null);
		assertThat(audited("SSO_REFUSED", "unknown-email")).isEqualTo(1);
		assertThat(line.get("actor_id")).isNull();
	}

	@Test
	void theRefusalPageSpeaksThePersonsLanguage() throws Exception {
		visitor.speakEnglish(URI.create(url("/")));
		OidcProvider.nextSignIn("someone.else@horizon.example");
		Document login = Jsoup.parse(visitor.get(url("/login")).body(), url("/login"));
		assertThat(login.select(".login__sso a").text()).isEqualTo("Sign in with " + OidcProvider.NAME);
		HttpResponse<String> refused = visitor.get(login.select(".login__sso a").get(0).absUrl("href"));
		assertThat(Jsoup.parse(refused.body()).select("h1").text()).isEqualTo("Signing in did not work");
		assertThat(Jsoup.parse(refused.body()).select("[role=alert]").text())
			.startsWith("The address someone.else@horizon.example is not known in Goedgesprek.");
	}

	@Test
	void anAddressTheProviderDidNotVerifyIsRefused() throws Exception {
		OidcProvider.nextSignIn(Map.of("email", "sanne.devries@horizon.example", "email_verified", false));
		HttpResponse<String> refused = signInThroughProvider();
		assertThat(path(refused)).isEqualTo("/login/sso-refused");
		assertThat(refused.body()).contains("niet bevestigd dat het adres sanne.devries@horizon.example echt van jou is");
		assertThat(signedIn()).isFalse();

		// Without the claim at all, an address is not trusted either unless the configuration says so.
		OidcProvider.nextSignIn(Map.of("email", "sanne.devries@horizon.example"));
		assertThat(path(signInThroughProvider())).isEqualTo("/login/sso-refused");
		assertThat(signedIn()).isFalse();
		await().atMost(Duration.ofSeconds(10)).until(() -> audited("SSO_REFUSED", "unverified-email") == 2);
	}

	@Test
	void aTokenWithoutTheAddressClaimIsRefused() throws Exception {
		OidcProvider.nextSignIn(Map.of("name", "Sanne de Vries"));
		HttpResponse<String> refused = signInThroughProvider();
		assertThat(path(refused)).isEqualTo("/login/sso-refused");
		assertThat(refused.body()).contains("Je organisatie gaf geen e-mailadres door");
		assertThat(signedIn()).isFalse();
	}

	@Test
	void aDeactivatedPersonIsRefusedAndTheLineNamesThem() throws Exception {
		long bram = idOf("bram.dekker@horizon.example");
		jdbc.sql("update employee set active = false where id = :id").param("id", bram).update();
		try {
			OidcProvider.nextSignIn("bram.dekker@horizon.example");
			HttpResponse<String> refused = signInThroughProvider();
			assertThat(path(refused)).isEqualTo("/login/sso-refused");
			assertThat(refused.body()).contains("Het account bij het adres bram.dekker@horizon.example is niet (meer) actief.");
			assertThat(signedIn()).isFalse();
			Map<String, Object> line = awaitAuditLine("SSO_REFUSED", bram);
			assertThat(line.get("detail")).isEqualTo("inactive");
			assertThat(line.get("actor_id")).isNull();
		}
		finally {
			jdbc.sql("update employee set active = true where id = :id").param("id", bram).update();
		}
	}

	@Test
	void aTokenMeantForAnotherApplicationIsRefused() throws Exception {
		OidcProvider.nextSignInForAnotherAudience("sanne.devries@horizon.example");
		HttpResponse<String> refused = signInThroughProvider();
		assertThat(path(refused)).isEqualTo("/login/sso-refused");
		assertThat(refused.body()).contains("Inloggen via je organisatie lukte niet.");
		assertThat(signedIn()).isFalse();
		await().atMost(Duration.ofSeconds(10)).until(() -> audited("SSO_REFUSED", "invalid_id_token") >= 1);
	}

	@Test
	void anExpiredTokenIsRefused() throws Exception {
		long before = audited("SSO_REFUSED", "invalid_id_token");
		OidcProvider.nextSignInExpired("sanne.devries@horizon.example");
		HttpResponse<String> refused = signInThroughProvider();
		assertThat(path(refused)).isEqualTo("/login/sso-refused");
		assertThat(signedIn()).isFalse();
		await().atMost(Duration.ofSeconds(10)).until(() -> audited("SSO_REFUSED", "invalid_id_token") == before + 1);
		// No token or claim ever reaches the trail.
		assertThat(jdbc.sql("select count(*) from audit_event where detail like '%ey%.%' or detail like '%@%'")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aForgedReturnToTheApplicationSignsNobodyInAndWritesNothing() throws Exception {
		long lines = jdbc.sql("select count(*) from audit_event").query(Long.class).single();
		HttpResponse<String> answer = visitor.get(url("/login/oauth2/code/sso?code=guessed&state=guessed"));
		assertThat(path(answer)).isEqualTo("/login/sso-refused");
		assertThat(signedIn()).isFalse();
		Thread.sleep(300);
		assertThat(jdbc.sql("select count(*) from audit_event").query(Long.class).single()).isEqualTo(lines);
	}

	@Test
	void signingOutEndsTheSessionAtTheProviderTooAndComesBackToTheLoginPage() throws Exception {
		OidcProvider.nextSignIn("sanne.devries@horizon.example");
		HttpResponse<String> home = signInThroughProvider();
		String csrf = Jsoup.parse(home.body()).select("form.logout input[name=_csrf]").val();

		HttpResponse<String> out = visitor.post(url("/logout"), Map.of("_csrf", csrf));
		String location = out.headers().firstValue("Location").orElseThrow(() -> new AssertionError(out.statusCode() + " " + out.body()));
		assertThat(location).startsWith(OidcProvider.endSessionEndpoint() + "?");
		String query = URLDecoder.decode(URI.create(location).getRawQuery(), StandardCharsets.UTF_8);
		assertThat(query).contains("id_token_hint=ey", "post_logout_redirect_uri=" + url("/login?logout"));

		HttpResponse<String> back = visitor.follow(out);
		assertThat(visitor.visited.get(visitor.visited.size() - 2).toString()).startsWith(OidcProvider.endSessionEndpoint());
		assertThat(path(back)).isEqualTo("/login?logout");
		assertThat(Jsoup.parse(back.body()).select("[role=status]").text()).isEqualTo("Je bent uitgelogd. Tot ziens!");
		assertThat(signedIn()).isFalse();
	}

	@Test
	void passwordsStillWorkBesideSingleSignOnUnlessItIsTheOnlyWayIn() throws Exception {
		Document login = Jsoup.parse(visitor.get(url("/login")).body());
		assertThat(login.select("form input[name=password]")).hasSize(1);
		assertThat(login.select(".login__break-glass")).isEmpty();
		String csrf = login.select("form input[name=_csrf]").val();
		HttpResponse<String> in = visitor.follow(visitor.post(url("/login"),
				Map.of("username", "sanne.devries@horizon.example", "password", "goedgesprek", "_csrf", csrf)));
		assertThat(Jsoup.parse(in.body()).select("h1").text()).isEqualTo("Welkom, Sanne");
		// Signing out a password session goes straight to the login page: there is no provider session.
		String logout = Jsoup.parse(in.body()).select("form.logout input[name=_csrf]").val();
		assertThat(visitor.post(url("/logout"), Map.of("_csrf", logout)).headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).endsWith("/login?logout"));
	}

}
