package nl.goedgesprek.cards;

import java.time.Instant;

/** One version of a card, as participants and pages see it. */
public record CardVersionView(CardVersionId id, CardId cardId, String cardName, int number, CardVersionState state,
		Instant publishedAt, CardContent content) {
}
