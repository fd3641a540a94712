package nl.goedgesprek.shell.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.shared.MessageRef;
import nl.goedgesprek.shared.ToDo;
import nl.goedgesprek.shared.ToDo.Urgency;
import nl.goedgesprek.shared.ToDoSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of "wat wacht op jou", with the application's own messages and made-up to-dos. */
class ToDoListTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

	private static final ToDo.Kind LISTED = ToDo.Kind.of("agreements", "todo.more.agreements", "/agreements/waiting",
			"todo.all.agreements");

	private static final ToDo.Kind UNLISTED = ToDo.Kind.of("sign", "todo.more.sign", null, null);

	@Test
	void ofEachKindFiveThenHowManyMoreWithTheLinkWhereTheKindHasOne() {
		List<ToDo> toDos = new ArrayList<>(many(8, Urgency.OVERDUE, i -> TODAY.minusDays(20 - i), "agreement", LISTED));
		toDos.add(toDo(Urgency.NOW, TODAY, "to sign").of(UNLISTED));
		List<ToDoList.Line> lines = list(toDos);

		assertThat(lines).hasSize(7);
		assertThat(lines.subList(0, 5)).extracting(ToDoList.Line::text)
			.containsExactly("agreement 0", "agreement 1", "agreement 2", "agreement 3", "agreement 4");
		assertThat(lines.get(5).text()).isEqualTo("En nog 3 afspraken die op je voortgang wachten.");
		assertThat(lines.get(5).href()).isEqualTo("/agreements/waiting");
		assertThat(lines.get(5).action()).isEqualTo("Alle afspraken die wachten");
		assertThat(lines.get(5).overdue()).isFalse();
		assertThat(lines.get(6).text()).as("another kind is never hidden behind the first").isEqualTo("to sign");
	}

	@Test
	void aSourceThatGaveOnlyTheLatestSaysHowManyThereAreAndAKindWithoutAPageHasNoLink() {
		List<ToDoList.Line> lines = list(many(12, Urgency.NOW, TODAY::minusDays, "record", UNLISTED.outOf(1048)));

		assertThat(lines).hasSize(6);
		assertThat(lines.get(5).text()).isEqualTo("En nog 1.043 verslagen om voor gezien te tekenen.");
		assertThat(lines.get(5).href()).isNull();
		assertThat(lines.get(5).action()).isNull();
	}

	/** The latest twelve records held three to sign and nine pulses: the other 37 to sign must be said. */
	@Test
	void aKindWithFewGivenButManyInAllStillSaysHowManyMore() {
		List<ToDoList.Line> lines = list(many(3, Urgency.NOW, TODAY::minusDays, "record", UNLISTED.outOf(40)));

		assertThat(lines).extracting(ToDoList.Line::text)
			.containsExactly("record 2", "record 1", "record 0", "En nog 37 verslagen om voor gezien te tekenen.");
	}

	@Test
	void oneMoreIsSaidInTheSingularAndFiveOrFewerNeedNoLine() {
		List<ToDo> six = many(6, Urgency.SOON, TODAY::plusDays, "due", LISTED);
		assertThat(list(six).get(5).text()).isEqualTo("En nog één afspraak die op je voortgang wacht.");
		assertThat(list(six.subList(0, 5))).hasSize(5).noneMatch(line -> line.text().startsWith("En nog"));
	}

	@Test
	void withinOneUrgencyWhoNeverHadAConversationComesFirst() {
		List<ToDoList.Line> lines = list(List.of(toDo(Urgency.OVERDUE, TODAY.minusDays(60), "long ago"),
				toDo(Urgency.OVERDUE, null, "never"), toDo(Urgency.NOW, null, "now")));
		assertThat(lines).extracting(ToDoList.Line::text).containsExactly("never", "long ago", "now");
	}

	/** {@code count} to-dos of one kind, "text 0" to "text count-1", the i-th on {@code when(i)}. */
	private static List<ToDo> many(int count, Urgency urgency, java.util.function.IntFunction<LocalDate> when, String text,
			ToDo.Kind kind) {
		return java.util.stream.IntStream.range(0, count)
			.mapToObj(i -> toDo(urgency, when.apply(i), text + " " + i).of(kind))
			.toList();
	}

	private static ToDo toDo(Urgency urgency, LocalDate when, String text) {
		// todo.agreement.overdue's text is "… ‘{0}’ …": a plain message keeps the line's own words instead
		return new ToDo(urgency, when, MessageRef.of("test.plain", text), MessageRef.of("todo.agreement.action"), "/x");
	}

	private static List<ToDoList.Line> list(List<ToDo> toDos) {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		messages.setAlwaysUseMessageFormat(true);
		messages.setUseCodeAsDefaultMessage(false);
		var plain = new org.springframework.context.support.StaticMessageSource();
		plain.addMessage("test.plain", Locale.forLanguageTag("nl"), "{0}");
		plain.setParentMessageSource(messages);
		ToDoSource source = (person, today) -> toDos;
		return new ToDoList(List.of(source), plain, Clock.fixed(TODAY.atStartOfDay(ZoneId.of("Europe/Amsterdam")).toInstant(),
				ZoneId.of("Europe/Amsterdam")))
			.of(EmployeeId.of(1L), Locale.forLanguageTag("nl"));
	}

}
