package nl.goedgesprek.shell;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

import nl.goedgesprek.people.Role;
import nl.goedgesprek.people.internal.ImportColumn;
import nl.goedgesprek.people.internal.ImportRow;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every word a user reads comes from the message bundles, in Dutch and in English: no hard-coded text
 * in a template, no key missing in a language, no key used that does not exist.
 */
class MessagesTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Path SOURCES = Path.of("src/main/java");

	private static final Set<String> REPLACING = Set.of("th:text", "th:utext", "th:replace", "th:insert", "th:errors");

	private static final String PAGE_LAYOUT = "~{layout/main :: page(";

	private static final List<String> TEXT_ATTRIBUTES = List.of("placeholder", "title", "aria-label", "alt", "value");

	private static final Pattern LETTERS = Pattern.compile("\\p{L}{2,}");

	private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");

	/** A quoted key in Java code; not a {@code table.column} named to {@code TextLimits}. */
	private static final Pattern JAVA_KEY = Pattern.compile(
			"(?<!require\\()(?<!of\\()\"((?:people|teams|import|organisation|form|error|login|home|development|appreciation|koers|competency|settings|rhythm|talk|input|calendar|outbox|yearStory|timeline|password)\\.[A-Za-z0-9_.]+[A-Za-z0-9_])\"");

	private static final Pattern VALIDATION_KEY = Pattern.compile("message = \"\\{([A-Za-z0-9_.]+)}\"");

	private final Properties dutch = load("messages.properties");

	private final Properties english = load("messages_en.properties");

	@Test
	void bothLanguagesHaveTheSameKeys() {
		assertThat(new TreeSet<>(english.stringPropertyNames())).as("keys in English")
			.containsExactlyElementsOf(new TreeSet<>(dutch.stringPropertyNames()));
	}

	/** A key given twice reads as one text and shows another: the later line silently wins. */
	@Test
	void noKeyIsGivenTwice() throws IOException {
		for (String bundle : List.of("messages.properties", "messages_en.properties")) {
			Set<String> seen = new TreeSet<>();
			Set<String> twice = new TreeSet<>();
			for (String line : Files.readAllLines(Path.of("src/main/resources", bundle), StandardCharsets.UTF_8)) {
				Matcher key = Pattern.compile("^([^#!\\s=:][^=:\\s]*)\\s*[=:]").matcher(line);
				if (key.find() && !seen.add(key.group(1))) {
					twice.add(key.group(1));
				}
			}
			assertThat(twice).as("keys given twice in " + bundle).isEmpty();
		}
	}

	/**
	 * Every message goes through MessageFormat (spring.messages.always-use-message-format), where a single
	 * apostrophe starts a quoted part and disappears: "Employee's view" read "Employees view". Write two.
	 */
	@Test
	void everyApostropheIsWrittenTwice() throws IOException {
		for (String bundle : List.of("messages.properties", "messages_en.properties")) {
			List<String> single = new ArrayList<>();
			for (String line : Files.readAllLines(Path.of("src/main/resources", bundle), StandardCharsets.UTF_8)) {
				if (!line.stripLeading().startsWith("#") && Pattern.compile("(?<!')'(?!')").matcher(line).find()) {
					single.add(line);
				}
			}
			assertThat(single).as("single apostrophes in " + bundle).isEmpty();
		}
	}

	@Test
	void noTemplateHasHardCodedText() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path template : templates()) {
			Document document = Jsoup.parse(Files.readString(template));
			for (Element element : document.getAllElements()) {
				if (replacedByThymeleaf(element) || element.is("script, style")) {
					continue;
				}
				for (TextNode text : element.textNodes()) {
					if (LETTERS.matcher(text.text()).find()) {
						problems.add(template.getFileName() + ": text \"" + text.text().trim() + "\" in <" + element.tagName() + ">");
					}
				}
				for (String attribute : TEXT_ATTRIBUTES) {
					if (LETTERS.matcher(element.attr(attribute)).find() && !element.is("input[type=hidden], option, input[type=checkbox]")) {
						problems.add(template.getFileName() + ": " + attribute + "=\"" + element.attr(attribute) + "\"");
					}
				}
			}
		}
		assertThat(problems).as("hard-coded text in templates").isEmpty();
	}

	@Test
	void everyKeyATemplateUsesExists() throws IOException {
		Set<String> used = new TreeSet<>();
		for (Path template : templates()) {
			Matcher matcher = TEMPLATE_KEY.matcher(Files.readString(template));
			while (matcher.find()) {
				used.add(matcher.group(1));
			}
		}
		assertThat(used).isNotEmpty();
		assertExist(used);
	}

	@Test
	void everyKeyTheCodeUsesExists() throws IOException {
		Set<String> used = new TreeSet<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path source : files.filter(p -> p.toString().endsWith(".java")).toList()) {
				String code = Files.readString(source);
				collect(JAVA_KEY, code, used);
				collect(VALIDATION_KEY, code, used);
			}
		}
		for (Role role : Role.values()) {
			used.add("role." + role);
		}
		for (ImportRow.Action action : ImportRow.Action.values()) {
			used.add("import.action." + action);
		}
		for (ImportColumn column : ImportColumn.values()) {
			used.add(column.explanationKey());
		}
		assertThat(used).contains("people.error.emailTaken", "people.form.name.required");
		assertExist(used);
	}

	private void assertExist(Set<String> keys) {
		assertThat(keys).as("keys missing in Dutch").allMatch(dutch::containsKey);
		assertThat(keys).as("keys missing in English").allMatch(english::containsKey);
	}

	private static void collect(Pattern pattern, String text, Set<String> into) {
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			into.add(matcher.group(1));
		}
	}

	/**
	 * Whether Thymeleaf writes something else in the element's place. Not a page's root, which hands its
	 * content to the layout ({@code layout/main :: page}): that content is shown as written.
	 */
	private static boolean replacedByThymeleaf(Element element) {
		for (Element e = element; e != null; e = e.parent()) {
			for (String attribute : REPLACING) {
				if (e.hasAttr(attribute) && !e.attr(attribute).startsWith(PAGE_LAYOUT)) {
					return true;
				}
			}
		}
		return false;
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(p -> p.toString().endsWith(".html")).toList();
		}
	}

	private static Properties load(String name) {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(MessagesTests.class.getResourceAsStream("/" + name), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		return properties;
	}

}
