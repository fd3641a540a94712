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
 */
public record ToDo(Urgency urgency, LocalDate when, MessageRef what, MessageRef action, String href) {

	/** The list's order: the most urgent first, then the earliest date. */
	public static final Comparator<ToDo> MOST_URGENT_FIRST = Comparator.comparing(ToDo::urgency)
		.thenComparing(ToDo::when, Comparator.nullsLast(Comparator.naturalOrder()));

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
