package nl.goedgesprek.feedback.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * An answer as a page shows it: by its handle, with the colleague's name only for a request with
 * names, each question beside its answer.
 * @param name who answered, or {@code null} for an anonymous request
 */
public record ShownAnswer(String handle, String name, List<Item> items, boolean included) {

	/** One question and what the colleague wrote to it (may be empty when they left it open). */
	public record Item(String question, String answer) {
	}

	static ShownAnswer of(FeedbackRequest request, FeedbackAnswer answer, String name) {
		List<Item> items = new ArrayList<>();
		items.add(new Item(request.questionOne(), answer.answerOne()));
		if (request.questionTwo() != null) {
			items.add(new Item(request.questionTwo(), answer.answerTwo()));
		}
		return new ShownAnswer(answer.handle(), request.anonymous() ? null : name, items, answer.included());
	}

}
