package nl.goedgesprek.shell.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every field a template binds with {@code th:field} has a place for its error in the same template:
 * {@code fragments/forms :: error('x')} or {@code th:errors="*{x}"}. Without one, a refused value is
 * marked invalid (FieldErrorsDialect points aria-describedby at {@code x-error}) but nobody reads why.
 * Hidden fields (versions) have nothing to tell the person and are left out.
 */
class FieldErrorPlacesTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Pattern BOUND = Pattern.compile("^\\*\\{([A-Za-z0-9_.\\[\\]]+)\\}$");

	@Test
	void everyBoundFieldInEveryTemplateHasAnErrorElement() throws IOException {
		List<String> missing = new ArrayList<>();
		int bound = 0;
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
				String html = Files.readString(file);
				bound += boundFields(html).size();
				unexplained(html).forEach(field -> missing.add(TEMPLATES.relativize(file) + ": " + field));
			}
		}
		assertThat(bound).as("the scan finds the bound fields at all").isGreaterThan(15);
		assertThat(missing).as("fields bound with th:field but without an error element").isEmpty();
	}

	@Test
	void theScanNoticesAFieldWithoutItsError() {
		String form = """
				<form th:object="${form}"><input th:field="*{name}"><select th:field="*{team}"></select>
				<input type="hidden" th:field="*{version}"><p th:replace="~{fragments/forms :: error('team')}"></p></form>""";
		assertThat(unexplained(form)).containsExactly("name");
		assertThat(unexplained(form.replace("<input th:field=\"*{name}\">",
				"<input th:field=\"*{name}\"><p th:errors=\"*{name}\"></p>"))).isEmpty();
	}

	/** The bound, visible fields of a template without an error element. */
	static List<String> unexplained(String html) {
		return boundFields(html).stream()
			.filter(field -> !html.contains("forms :: error('" + field + "')") && !html.contains("th:errors=\"*{" + field + "}\""))
			.distinct()
			.toList();
	}

	private static List<String> boundFields(String html) {
		List<String> fields = new ArrayList<>();
		for (Element element : Jsoup.parse(html, "", Parser.xmlParser()).select("[th:field]")) {
			if ("hidden".equalsIgnoreCase(element.attr("type"))) {
				continue;
			}
			Matcher simple = BOUND.matcher(element.attr("th:field").trim());
			// "*{__${field}__}" is the shared input fragment, which places its own error beside the field.
			if (simple.matches()) {
				fields.add(simple.group(1));
			}
		}
		return fields;
	}

}
