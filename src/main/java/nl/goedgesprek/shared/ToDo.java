package nl.goedgesprek.shared;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * One thing a person should do now, for their home page ("wat wacht op jou"): what it is, the one link
 * that does it, and how urgent it is. Modules contribute them through {@link ToDoSource}.
 *
 * @param urgency how soon: the list shows the most urgent first
 * @param when the date it is about (due, planned, held), earliest first within one urgency; may be null
 * @param what the sentence, by key, in the reader's language
 * @param action the link's text, by key
 * @param href the link, an address inside the app
 * @param kind what to-dos like this one have in common on the list: they are counted together, and
 *        beyond the first few one line says how many more there are and where they all are
 */
public record ToDo(Urgency urgency, LocalDate when, MessageRef what, MessageRef action, String href, Kind kind) {

	/** A to-do of a kind known by its action, with no page that lists them all. */
	public ToDo(Urgency urgency, LocalDate when, MessageRef what, MessageRef action, String href) {
		this(urgency, when, what, action, href, Kind.named(action.code()));
	}

	/** The same to-do, of this kind. */
	public ToDo of(Kind kind) {
		return new ToDo(urgency, when, what, action, href, kind);
	}

	/**
	 * A kind of to-do on the home page's list.
	 *
	 * @param name what the list counts them by
	 * @param more the message of the line after the first few, with how many more as {0}
	 * @param allHref the page that lists them all, or null where none does
	 * @param allLabel the message of that link, or null
	 * @param total how many there are, when the source gave only the latest of them; 0 when it gave all
	 */
	public record Kind(String name, String more, String allHref, String allLabel, int total) {

		/** A kind without a page of its own, said as "and N more like these". */
		public static Kind named(String name) {
			return new Kind(name, "todo.more", null, null, 0);
		}

		/** A kind said in its own words ({@code more}, with the number as {0}), listed in full at {@code allHref}. */
		public static Kind of(String name, String more, String allHref, String allLabel) {
			return new Kind(name, more, allHref, allLabel, 0);
		}

		/** The same kind, of which the source gave only the latest: there are {@code total} in all. */
		public Kind outOf(int total) {
			return new Kind(name, more, allHref, allLabel, total);
		}

	}

	/**
	 * The list's order: the most urgent first, then the earliest date; within one urgency a to-do
	 * without a date (a report who never had a conversation) comes first, as the longest waiting.
	 */
	public static final Comparator<ToDo> MOST_URGENT_FIRST = Comparator.comparing(ToDo::urgency)
		.thenComparing(ToDo::when, Comparator.nullsFirst(Comparator.naturalOrder()));

	/** From "too late already" to "when it suits you". */
	public enum Urgency {

		/** Past its date: an overdue agreement, a conversation the rhythm asked for. */
		OVERDUE,
		/** Waiting on this person now: a record to sign, a pulse to give. */
		NOW,
		/** Within the coming week: a conversation to prepare, an agreement due soon. */
		SOON,
		/** Later: a conversation further ahead. */
		LATER

	}

}
