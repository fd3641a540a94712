package nl.goedgesprek.conversations;

/** A participant answered the pulse on a conversation (the answers stay with the pair). */
public record PulseGiven(ConversationId conversation, Side side) {
}
