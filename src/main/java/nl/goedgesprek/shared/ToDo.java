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
 * @param all the page that lists every to-do of this kind (its {@code action}), for when the home page
 *        shows only the first few of them; null where there is none
 */
public record ToDo(Urgency urgency, LocalDate when, MessageRef what, MessageRef action, String href, String all) {

	/** A to-do of a kind that has no page listing them all. */
	public ToDo(Urgency urgency, LocalDate when, MessageRef what, MessageRef action, String href) {
		this(urgency, when, what, action, href, null);
	}

	/** The same to-do, with the page that lists all of its kind. */
	public ToDo listedAt(String allOfThisKind) {
		return new ToDo(urgency, when, what, action, href, allOfThisKind);
	}

	/** The kind of to-do, by what it asks to do: to-dos of one kind are counted together on the list. */
	public String kind() {
		return action.code();
	}

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
