package nl.goedgesprek.development.internal;

import java.time.Instant;

/** An ambition in the employee's own words; a replaced one stays in the history. */
public record Ambition(long id, String text, Instant writtenAt, Instant replacedAt) {

	public boolean current() {
		return replacedAt == null;
	}

}
