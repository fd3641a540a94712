package nl.goedgesprek.feedback.internal;

import nl.goedgesprek.people.EmployeeId;

/**
 * One colleague's answer to a request: waiting (perhaps with a draft), given, or declined. The asker
 * knows a given answer by its {@code handle} only, never by its id or its place in the order of asking.
 */
public record FeedbackAnswer(long id, long requestId, EmployeeId colleagueId, State state, String answerOne,
		String answerTwo, String handle, boolean included, int version) {

	public enum State {

		/** Not answered yet; what the colleague typed so far is their draft, seen by nobody else. */
		WAITING,
		/** Answered: the asker may read it (an anonymous one once enough people answered). */
		ANSWERED,
		/** The colleague chose not to answer. */
		DECLINED

	}

	public boolean answered() {
		return state == State.ANSWERED;
	}

	public boolean waiting() {
		return state == State.WAITING;
	}

}
