package nl.goedgesprek.development.internal;

import java.time.Instant;

/**
 * Appreciation someone gave, at any moment, optionally tagged to a competency, a koers goal or an
 * ambition.
 * @param hiddenFromManager the recipient chose not to show it to their manager
 */
public record Appreciation(long id, long giverId, String giver, String text, String competency,
		String organisationGoal, String ambition, boolean hiddenFromManager, Instant givenAt) {
}
