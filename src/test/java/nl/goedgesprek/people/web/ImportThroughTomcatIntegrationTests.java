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
 * The import through a real Tomcat, where MockMvc cannot go: an upload over either size limit keeps HR
 * on the import page with a message in place of the server's bare 413 page, and the confirm form
 * carries a file's accents back as the browser sends them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ImportThroughTomcatIntegrationTests {

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

	/** The confirm form sends the file's text back as multipart, so its size does not grow by URL encoding. */
	@Test
	void aWindows1252FileRoundTripsThroughTheConfirmFormWithItsAccents() throws Exception {
		signIn("fatima.elamrani@horizon.example");
		String csv = "naam;email\nRené Müller-Ça;rene.roundtrip@horizon.example\n";
		HttpResponse<String> preview = send("/admin/import/preview", csrf(get("/admin/import").body()), "file",
				csv.getBytes(java.nio.charset.Charset.forName("windows-1252")));
		org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(preview.body());
		String text = page.select("input[name=csv]").val();
		String token = page.select("form[action$=/confirm] input[name=_csrf]").val();

		HttpResponse<String> people = send("/admin/import/confirm", token, "csv", text.getBytes(StandardCharsets.UTF_8));

		assertThat(people.uri().getPath()).isEqualTo("/admin/people");
		assertThat(get("/admin/people?q=rene.roundtrip").body()).contains("René Müller-Ça");
	}

	private void signIn(String email) throws Exception {
		String login = get("/login").body();
		String form = "username=" + email + "&password=goedgesprek&_csrf=" + csrf(login);
		http.send(HttpRequest.newBuilder(uri("/login")).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> upload(String csv) throws Exception {
		return send("/admin/import/preview", csrf(get("/admin/import").body()), "file", csv.getBytes(StandardCharsets.UTF_8));
	}

	/** A multipart form as a browser sends it: the CSRF token, then one field (a file if it is called "file"). */
	private HttpResponse<String> send(String path, String token, String field, byte[] value) throws Exception {
		String boundary = "----grens" + System.nanoTime();
		String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n--"
				+ boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\""
				+ (field.equals("file") ? "; filename=\"mensen.csv\"\r\nContent-Type: text/csv" : "") + "\r\n\r\n";
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		body.write(head.getBytes(StandardCharsets.UTF_8));
		body.write(value);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return http.send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
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
