package nl.goedgesprek.conversations.internal;

import java.time.LocalDateTime;

import nl.goedgesprek.cards.ConversationKind;
import nl.goedgesprek.conversations.ConversationStatus;

/** One talking point the employee raised, in which conversation, and what became of it. */
public record InputItem(long conversationId, LocalDateTime scheduledAt, ConversationKind kind, String managerName,
		ConversationStatus status, String text, boolean discussed, TalkingPoint.Outcome outcome, String outcomeNote) {

	/** The conversation was held and the point neither discussed nor settled: it goes to the next agenda. */
	public boolean leftOver() {
		return status.closed() && outcome == null && !discussed;
	}

}
