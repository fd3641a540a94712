package nl.goedgesprek.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every type a template names in a SpEL {@code T(...)} is found under exactly that name. SpEL looks a
 * type up again on every evaluation: a name the class loader does not know at once (a nested class
 * written {@code Outer.Inner} instead of {@code Outer$Inner}) is first searched for in the whole
 * class path, from the jar as users run it, before Spring tries the nested name. That search was a
 * tenth of the record page's rendering.
 */
class TemplateTypeReferencesTests {

	private static final Pattern TYPE = Pattern.compile("T\\(\\s*([A-Za-z0-9_.$]+)\\s*\\)");

	@Test
	void everyTypeATemplateNamesIsFoundUnderThatName() throws IOException {
		List<String> found = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path file : files.filter(path -> path.toString().endsWith(".html")).toList()) {
				Matcher type = TYPE.matcher(Files.readString(file));
				while (type.find()) {
					found.add(type.group(1));
					if (!loadable(type.group(1))) {
						problems.add(file + ": T(" + type.group(1) + ") is no class under that name (a nested class is Outer$Inner)");
					}
				}
			}
		}
		assertThat(found).as("the templates name types; the check would be empty otherwise").isNotEmpty();
		assertThat(problems).isEmpty();
	}

	@Test
	void aNestedClassWrittenWithADotIsRefused() {
		assertThat(loadable("java.util.Map.Entry")).isFalse();
		assertThat(loadable("java.util.Map$Entry")).isTrue();
	}

	private static boolean loadable(String name) {
		try {
			Class.forName(name, false, TemplateTypeReferencesTests.class.getClassLoader());
			return true;
		}
		catch (ClassNotFoundException notUnderThatName) {
			return false;
		}
	}

}
