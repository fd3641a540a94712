package nl.goedgesprek.support;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.test.context.DynamicPropertyRegistry;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

/**
 * A real OpenID Connect provider in the test JVM (NAV's mock-oauth2-server): discovery, the
 * authorization and token endpoints, signed ID tokens, user info and an end-session endpoint. It signs
 * anyone in without asking; each test says beforehand what the next ID token holds.
 */
public final class OidcProvider {

	public static final String ISSUER_ID = "horizon";

	public static final String CLIENT_ID = "goedgesprek";

	public static final String NAME = "Horizon-account";

	private static MockOAuth2Server server;

	private OidcProvider() {
	}

	/** The one server for all test classes, started when first asked for and stopped with the JVM. */
	public static synchronized MockOAuth2Server server() {
		if (server == null) {
			MockOAuth2Server started = new MockOAuth2Server();
			started.start();
			Runtime.getRuntime().addShutdownHook(new Thread(started::shutdown));
			server = started;
		}
		return server;
	}

	public static String issuer() {
		return server().issuerUrl(ISSUER_ID).toString();
	}

	public static String endSessionEndpoint() {
		return server().endSessionEndpointUrl(ISSUER_ID).toString();
	}

	/** Points the application at this provider, as an administrator would with GOEDGESPREK_SSO_*. */
	public static void configure(DynamicPropertyRegistry properties) {
		properties.add("goedgesprek.sso.issuer-uri", OidcProvider::issuer);
		properties.add("goedgesprek.sso.client-id", () -> CLIENT_ID);
		properties.add("goedgesprek.sso.client-secret", () -> "een-geheim");
		properties.add("goedgesprek.sso.name", () -> NAME);
	}

	/** The next sign-in is this address, verified by the provider. */
	public static void nextSignIn(String email) {
		nextSignIn(Map.of("email", email, "email_verified", true));
	}

	/** The next sign-in's ID token carries these claims (besides issuer, audience, times and nonce). */
	public static void nextSignIn(Map<String, Object> claims) {
		server().enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, "sub-" + claims.hashCode(), "JWT", null,
				claims, 3600));
	}

	/** The next ID token is meant for another application. */
	public static void nextSignInForAnotherAudience(String email) {
		Map<String, Object> claims = new HashMap<>(Map.of("email", email, "email_verified", true));
		claims.put("aud", List.of("another-application"));
		nextSignIn(claims);
	}

	/** The next ID token expired an hour ago (well past any allowed clock skew). */
	public static void nextSignInExpired(String email) {
		Map<String, Object> claims = new HashMap<>(Map.of("email", email, "email_verified", true));
		claims.put("iat", Date.from(Instant.now().minusSeconds(7200)));
		claims.put("exp", Date.from(Instant.now().minusSeconds(3600)));
		nextSignIn(claims);
	}

}
