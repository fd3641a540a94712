package nl.goedgesprek.conversations.internal;

/**
 * When a held conversation took place, in SQL: its planned moment, or the moment it was closed when
 * that came earlier. A pair can sit together before the planned day and close the conversation then;
 * every query that places a held conversation in time (a timeline, a year story, "last held", what
 * came before this conversation) uses this moment, so such a conversation is neither left out of a
 * period that ends today nor dated in the future. The insights module keeps the same day in its own
 * facts ({@code held_on}).
 */
final class HeldMoment {

	/** The moment of conversation {@code c}, as a timestamp without zone like {@code scheduled_at}. */
	static final String OF_C = "(case when c.closed_at is not null and cast(c.closed_at as timestamp) < c.scheduled_at"
			+ " then cast(c.closed_at as timestamp) else c.scheduled_at end)";

	private HeldMoment() {
	}

}
