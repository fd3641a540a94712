package nl.goedgesprek.shell.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.shared.MessageRef;
import nl.goedgesprek.shared.ToDo;
import nl.goedgesprek.shared.ToDoSource;

/**
 * One calm list per person ("wat wacht op jou"): what every module contributes through
 * {@link ToDoSource}, the most urgent first, each line in the reader's language with one link.
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

	List<Line> of(EmployeeId person, Locale locale) {
		LocalDate today = LocalDate.now(clock);
		return sources.stream()
			.flatMap(source -> source.toDosOf(person.value(), today).stream())
			.sorted(ToDo.MOST_URGENT_FIRST)
			.map(toDo -> new Line(text(toDo.what(), locale), text(toDo.action(), locale), toDo.href(),
					toDo.urgency() == ToDo.Urgency.OVERDUE))
			.toList();
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

	/** One line on the page: the sentence, the link's text and address, and whether it is overdue. */
	record Line(String text, String action, String href, boolean overdue) {
	}

}
