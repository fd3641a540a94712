package nl.goedgesprek.shell.sso;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A person's browser without the browser: real HTTP against the application and the provider, with
 * cookies, following every redirect between the two by hand so a test can see each address on the way.
 */
final class ProviderVisitor {

	private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(cookies)
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	/** Every address visited, in order, redirects included. */
	final List<URI> visited = new ArrayList<>();

	HttpResponse<String> get(String url) throws IOException, InterruptedException {
		return follow(send(HttpRequest.newBuilder(URI.create(url)).GET()));
	}

	/** A form post, answered without following its redirect. */
	HttpResponse<String> post(String url, Map<String, String> form) throws IOException, InterruptedException {
		String body = form.entrySet()
			.stream()
			.map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/** One request, its redirect not followed. */
	HttpResponse<String> hop(URI url) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(url).GET());
	}

	HttpResponse<String> follow(HttpResponse<String> response) throws IOException, InterruptedException {
		for (int hops = 0; hops < 10 && response.statusCode() / 100 == 3; hops++) {
			URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
			response = send(HttpRequest.newBuilder(next).GET());
		}
		return response;
	}

	/** Answers in English from now on, as after the language switch. */
	void speakEnglish(URI site) {
		HttpCookie language = new HttpCookie("goedgesprek-taal", "en");
		language.setPath("/");
		language.setVersion(0);
		cookies.getCookieStore().add(site, language);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		HttpRequest built = request.build();
		visited.add(built.uri());
		return http.send(built, HttpResponse.BodyHandlers.ofString());
	}

}
