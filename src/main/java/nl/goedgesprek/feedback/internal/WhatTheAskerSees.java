package nl.goedgesprek.feedback.internal;

import java.util.Comparator;
import java.util.List;

/**
 * The rule for reading answers: the asker reads the given answers of a request with names at once.
 * Of an anonymous request nothing, until at least {@link FeedbackSettings#ANONYMOUS_MINIMUM} people
 * answered; then all given answers, ordered by their random handle (never by who was asked first),
 * and never who answered or who did not.
 */
public final class WhatTheAskerSees {

	private WhatTheAskerSees() {
	}

	public static List<FeedbackAnswer> readable(FeedbackRequest request, List<FeedbackAnswer> answers) {
		List<FeedbackAnswer> given = answers.stream()
			.filter(FeedbackAnswer::answered)
			.sorted(Comparator.comparing(FeedbackAnswer::handle))
			.toList();
		return tooFew(request, given.size()) ? List.of() : given;
	}

	/** Whether an anonymous request has too few answers to show any. */
	public static boolean tooFew(FeedbackRequest request, int answered) {
		return request.anonymous() && answered < FeedbackSettings.ANONYMOUS_MINIMUM;
	}

}
