package nl.goedgesprek.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A link a mail program cut off in the middle of a {@code %} escape reaches the server as an address it
 * cannot decode. It gets the error page in the reader's language with 400 and words that fit (not
 * "something went wrong on our side"), and the log gets no application error for it. Sent over a raw
 * socket: HTTP clients refuse to send such an address, Tomcat is what decodes it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class UnreadableAddressesIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void anAddressThatCannotBeDecodedGetsTheErrorPageWith400AndNoApplicationError(CapturedOutput output) throws Exception {
		for (String address : new String[] { "/login?x=%zz", "/?van=%", "/agreements?page=%E9" }) {
			String answer = send(address, "nl");
			assertThat(answer).as(address).startsWith("HTTP/1.1 400");
			assertThat(answer).as(address)
				.contains("Dit verzoek kon Goedgesprek niet lezen")
				.doesNotContain("aan onze kant");
		}
		assertThat(send("/login?x=%zz", "en")).contains("Goedgesprek could not read this request");
		assertThat(output.getAll()).doesNotContain("Servlet.service()").doesNotContain("InvalidParameterException: ");
	}

	private String send(String address, String language) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			OutputStream out = socket.getOutputStream();
			out.write(("GET " + address + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\nCookie: goedgesprek-taal=" + language
					+ "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
