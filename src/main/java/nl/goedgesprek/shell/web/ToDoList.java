package nl.goedgesprek.shell.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.shared.MessageRef;
import nl.goedgesprek.shared.ToDo;
import nl.goedgesprek.shared.ToDoSource;

/**
 * One calm list per person ("wat wacht op jou"): what every module contributes through
 * {@link ToDoSource}, the most urgent first, each line in the reader's language with one link.
 * <p>
 * Calm also means short: of each kind of to-do ({@link ToDo.Kind}: agreements to report on,
 * conversations to plan, records to sign) the list shows the {@link #PER_KIND} most urgent, then one
 * line that says how many more there are, in the kind's own words, and links to the page that lists
 * them all, where the kind has one. So a manager with 150 overdue agreements or 384 reports to plan
 * still sees the record waiting for a signature, and the page stays the same size.
 */
@Component
class ToDoList {

	private final List<ToDoSource> sources;

	private final MessageSource messages;

	private final Clock clock;

	ToDoList(List<ToDoSource> sources, MessageSource messages, Clock clock) {
		this.sources = sources;
		this.messages = messages;
		this.clock = clock;
	}

	/** The lines shown of one kind of to-do before the line that says how many more there are. */
	static final int PER_KIND = 5;

	List<Line> of(EmployeeId person, Locale locale) {
		LocalDate today = LocalDate.now(clock);
		List<ToDo> toDos = sources.stream()
			.flatMap(source -> source.toDosOf(person.value(), today).stream())
			.sorted(ToDo.MOST_URGENT_FIRST)
			.toList();
		Map<String, Long> given = toDos.stream().collect(Collectors.groupingBy(toDo -> toDo.kind().name(), Collectors.counting()));
		Map<String, Integer> shown = new HashMap<>();
		List<Line> lines = new ArrayList<>();
		for (ToDo toDo : toDos) {
			ToDo.Kind kind = toDo.kind();
			long ofKind = given.get(kind.name());
			int before = shown.merge(kind.name(), 1, Integer::sum) - 1;
			if (before >= PER_KIND) {
				continue;
			}
			lines.add(new Line(text(toDo.what(), locale), text(toDo.action(), locale), toDo.href(),
					toDo.urgency() == ToDo.Urgency.OVERDUE));
			long showing = Math.min(ofKind, PER_KIND);
			long all = Math.max(ofKind, kind.total());
			if (before + 1 == showing && all > showing) {
				// after the last line shown of this kind: how many more (also when the source gave only
				// the latest few of many)
				lines.add(new Line(messages.getMessage(kind.more(), new Object[] { all - showing }, locale),
						kind.allHref() == null ? null : messages.getMessage(kind.allLabel(), null, locale), kind.allHref(),
						false));
			}
		}
		return lines;
	}

	/** Resolves a message, with nested messages (a conversation's kind) and dates in the reader's words. */
	private String text(MessageRef ref, Locale locale) {
		Object[] args = ref.args().stream().map(arg -> {
			if (arg instanceof MessageRef nested) {
				return text(nested, locale);
			}
			if (arg instanceof LocalDate date) {
				return DateTimeFormatter.ofPattern("d MMMM", locale).format(date);
			}
			return arg;
		}).toArray();
		return messages.getMessage(ref.code(), args, locale);
	}

	/**
	 * One line on the page: the sentence, the link's text and address (both null on a line that says
	 * how many more there are when no page lists them), and whether it is overdue.
	 */
	record Line(String text, String action, String href, boolean overdue) {
	}

}
