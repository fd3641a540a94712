package nl.goedgesprek.cards;

/** A card that can be chosen when planning a conversation, with the version it would be planned with. */
public record PublishedCard(CardId id, String name, String description, ConversationKind suggestedFor,
		CardVersionId currentVersion) {
}
