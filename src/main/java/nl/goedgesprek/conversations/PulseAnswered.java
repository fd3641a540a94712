package nl.goedgesprek.conversations;

import java.time.Instant;

/**
 * One side's answers to the pulse on a conversation (two 1-5 questions). Published inside the
 * transaction of the answer, so follow-up keeps them in that same transaction (a plain
 * {@code @EventListener}); {@link PulseGiven} tells the dashboards after the commit. Conversations' demo
 * seeds its pulses this way too.
 */
public record PulseAnswered(ConversationId conversation, Side side, int good, int heard, Instant answeredAt) {
}
