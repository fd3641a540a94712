package nl.goedgesprek.people.web;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An upload over the size limit, through a real Tomcat (MockMvc has no size limit): HR stays on the
 * import page and reads what went wrong, in place of the server's bare 413 page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ImportUploadLimitIntegrationTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NORMAL).build();

	private static final String ROW = "Iemand;iemand@horizon.example\n";

	/** Over the import's own limit (2 MB), under what the server receives. */
	@Test
	void aFileOverTheImportLimitKeepsHrOnTheImportPageWithAClearMessage() throws Exception {
		signIn("fatima.elamrani@horizon.example");
		HttpResponse<String> answer = upload("naam;email\n" + ROW.repeat(3 * 1024 * 1024 / ROW.length()));

		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.uri().getPath()).isEqualTo("/admin/import/preview");
		assertThat(answer.body()).contains("<h1>Mensen importeren</h1>", "Het bestand is groter dan 2 MB",
				"aria-invalid=\"true\"");
	}

	/** Over what the server receives at all (10 MB): the request never reaches a controller. */
	@Test
	void aFileOverTheServersLimitAlsoLeadsBackToTheImportPageNotToA413() throws Exception {
		signIn("fatima.elamrani@horizon.example");
		HttpResponse<String> answer = upload("naam;email\n" + ROW.repeat(11 * 1024 * 1024 / ROW.length()));

		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.uri().getPath()).isEqualTo("/admin/import");
		assertThat(answer.body()).contains("<h1>Mensen importeren</h1>", "Het bestand is groter dan 2 MB")
			.doesNotContain("413");
	}

	private void signIn(String email) throws Exception {
		String login = get("/login").body();
		String form = "username=" + email + "&password=goedgesprek&_csrf=" + csrf(login);
		http.send(HttpRequest.newBuilder(uri("/login")).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> upload(String csv) throws Exception {
		String token = csrf(get("/admin/import").body());
		String boundary = "----grens" + System.nanoTime();
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n--"
				+ boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"mensen.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";
		return http.send(HttpRequest.newBuilder(uri("/admin/import/preview"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String csrf(String page) {
		Matcher matcher = CSRF.matcher(page);
		assertThat(matcher.find()).as("a CSRF token on the page").isTrue();
		return matcher.group(1);
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

}
