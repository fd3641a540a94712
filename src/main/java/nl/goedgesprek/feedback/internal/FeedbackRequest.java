package nl.goedgesprek.feedback.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.goedgesprek.conversations.ConversationId;
import nl.goedgesprek.people.EmployeeId;

/**
 * A request for input: who asked, for which conversation, which questions (their words as the card
 * had them when asked), by when, and whether answers are gathered anonymously.
 */
public record FeedbackRequest(long id, ConversationId conversationId, EmployeeId askerId, boolean anonymous,
		String reason, String questionOne, String questionTwo, LocalDate dueOn, Instant createdAt,
		Instant withdrawnAt, boolean readyTold, int version) {

	public boolean withdrawn() {
		return withdrawnAt != null;
	}

	public List<String> questions() {
		List<String> questions = new ArrayList<>();
		questions.add(questionOne);
		if (questionTwo != null) {
			questions.add(questionTwo);
		}
		return questions;
	}

}
