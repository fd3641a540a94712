package nl.goedgesprek;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tests of other modules reach the conversations module's services (planning, preparing, talking,
 * recording, its repositories, ...) only through {@code support/ConversationSteps}, so a change inside
 * conversations is followed in one place. Modulith's {@code verify()} looks at the main code only, so
 * this test reads the test sources. The value types of {@code conversations.internal} that a step takes
 * or gives may be named anywhere: {@link #VALUE_TYPES}.
 */
class ConversationStepsOnlyTests {

	static final Path TESTS = Path.of("src", "test", "java");

	/** The module's own tests, which test its internals directly. */
	static final Path CONVERSATIONS = Path.of("nl", "goedgesprek", "conversations");

	/** The one entry for everyone else. */
	static final Path STEPS = Path.of("nl", "goedgesprek", "support", "ConversationSteps.java");

	/** Records of {@code conversations.internal}: data passed to or read from a step, no behaviour of the module. */
	static final Set<String> VALUE_TYPES = Set.of("Acknowledgement", "AgendaItem", "Answer", "InputItem",
			"PreparationDraft", "RecordEntry", "TalkingPoint");

	private static final Pattern INTERNAL = Pattern.compile("\\bnl\\.goedgesprek\\.conversations\\.internal\\.(\\*|\\w+)");

	@Test
	void testsOutsideConversationsReachItsServicesOnlyThroughConversationSteps() throws IOException {
		assertThat(offences(TESTS))
			.as("test files outside %s that name a service of conversations.internal (go through %s: add a step "
					+ "there; a value type goes into VALUE_TYPES)", CONVERSATIONS, STEPS)
			.isEmpty();
	}

	@Test
	void theCheckNamesTheFileAndTheServiceAndLetsValueTypesAndTheModulesOwnTestsBe(@TempDir Path tests)
			throws IOException {
		// written in two parts, or this very file would be an offence
		String internal = "nl.goedgesprek.conversations" + ".internal.";
		write(tests.resolve("nl/goedgesprek/mail/SomeIntegrationTests.java"), """
				package nl.goedgesprek.mail;

				import %1$sPreparationDraft;
				import %1$sTalking;
				import %1$sTalkingPoint;

				class SomeIntegrationTests {
					%1$sConversationRepository conversations;
				}
				""".formatted(internal));
		write(tests.resolve("nl/goedgesprek/privacy/WildcardTests.java"), "import " + internal + "*;\n");
		write(tests.resolve("nl/goedgesprek/people/OnlyValuesTests.java"), "import " + internal + "Acknowledgement;\n");
		write(tests.resolve(CONVERSATIONS).resolve("TalkingTests.java"), "import " + internal + "Talking;\n");
		write(tests.resolve(STEPS), "import " + internal + "Talking;\n");

		assertThat(offences(tests)).isEqualTo(Map.of(
				Path.of("nl/goedgesprek/mail/SomeIntegrationTests.java").toString(), Set.of("ConversationRepository", "Talking"),
				Path.of("nl/goedgesprek/privacy/WildcardTests.java").toString(), Set.of("*")));
	}

	/** Per test file (relative to {@code root}), the non-value types of conversations.internal it names. */
	static Map<String, Set<String>> offences(Path root) throws IOException {
		Map<String, Set<String>> offences = new TreeMap<>();
		for (Path file : javaFiles(root)) {
			Path relative = root.relativize(file);
			if (relative.startsWith(CONVERSATIONS) || relative.equals(STEPS)) {
				continue;
			}
			Matcher internal = INTERNAL.matcher(Files.readString(file));
			while (internal.find()) {
				if (!VALUE_TYPES.contains(internal.group(1))) {
					offences.computeIfAbsent(relative.toString(), f -> new TreeSet<>()).add(internal.group(1));
				}
			}
		}
		return offences;
	}

	private static List<Path> javaFiles(Path root) throws IOException {
		assertThat(root.resolve(STEPS)).as("the test sources, with ConversationSteps").exists();
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
		}
	}

	private static void write(Path file, String text) throws IOException {
		Files.createDirectories(file.getParent());
		Files.writeString(file, text);
	}

}
