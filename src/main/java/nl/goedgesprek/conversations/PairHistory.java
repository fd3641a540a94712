package nl.goedgesprek.conversations;

import java.time.LocalDate;
import java.util.List;

import nl.goedgesprek.cards.ConversationKind;
import nl.goedgesprek.cards.Topic;

/**
 * What one employee and one manager did together in a period: the conversations they held, the
 * agreements they made, the pulse on each conversation, and the 1-5 statements each answered. Content
 * of their conversations, so only for that pair; a new manager gets no history of the old pair.
 */
public record PairHistory(List<Held> held, List<AgreementLine> agreements, List<Pulse> pulses, List<Score> scores) {

	public record Held(long conversationId, LocalDate date, ConversationKind kind) {
	}

	/**
	 * @param made the date of the conversation it was made in
	 * @param status by name: OPEN, IN_PROGRESS, DONE, NOT_ACHIEVED, DROPPED
	 */
	public record AgreementLine(LocalDate made, String description, String status, LocalDate due) {
	}

	public record Pulse(LocalDate date, Side side, int good, int heard) {
	}

	/** One side's answer to one theme's 1-5 statement in one conversation. */
	public record Score(LocalDate date, Side side, String themeKey, String themeTitle, Topic topic, int score) {
	}

	public long agreementsWithStatus(String status) {
		return agreements.stream().filter(line -> line.status().equals(status)).count();
	}

}
