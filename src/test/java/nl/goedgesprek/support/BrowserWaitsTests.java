package nl.goedgesprek.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every wait of the browser tests starts with {@link Browser#waitFor}, which looks again when Chrome
 * answers a read in the middle of a page change. A wait made by hand that ignored only stale elements
 * failed on CI with "node does not belong to the document" while a form led to the next page.
 */
class BrowserWaitsTests {

	@Test
	void noWaitIsMadeByHand() throws IOException {
		Path tests = Path.of("src", "test", "java");
		Path browser = tests.resolve(Path.of("nl", "goedgesprek", "support", "Browser.java"));
		try (Stream<Path> files = Files.walk(tests)) {
			List<Path> sources = files.filter(file -> file.toString().endsWith(".java")).toList();
			assertThat(sources).contains(browser);
			List<String> byHand = sources.stream()
				.filter(file -> !file.equals(browser) && read(file).contains("new " + "WebDriverWait("))
				.map(Path::toString)
				.toList();
			assertThat(byHand).as("waits not made with Browser.waitFor").isEmpty();
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

}
