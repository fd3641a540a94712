package nl.goedgesprek.cards;

/** The two kinds of conversation a card is made for: the annual good conversation and the short check-in. */
public enum ConversationKind {

	ANNUAL, CHECK_IN

}
