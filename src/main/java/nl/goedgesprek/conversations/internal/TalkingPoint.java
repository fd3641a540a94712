package nl.goedgesprek.conversations.internal;

import org.springframework.data.annotation.PersistenceCreator;

/**
 * Something a participant wants to discuss ("onderwerp dat ik wil bespreken"), ticked off once
 * discussed, and what became of it, so the person who raised it sees their input was taken seriously.
 * @param outcome {@code null} until the participants say what became of it
 * @param outcomeNote which agreement, or why it was parked (required then)
 */
public record TalkingPoint(String text, boolean discussed, Outcome outcome, String outcomeNote) {

	public enum Outcome {

		/** Talked about and answered in the conversation. */
		ANSWERED,

		/** Became an agreement. */
		AGREEMENT,

		/** Put aside for now, with a reason; it comes back on the next agenda. */
		PARKED

	}

	@PersistenceCreator
	public TalkingPoint {
	}

	public static TalkingPoint raised(String text) {
		return new TalkingPoint(text, false, null, null);
	}

	/** Records the outcome; any outcome counts as discussed, none undoes it. */
	public TalkingPoint settled(Outcome outcome, String note) {
		String cleanNote = note == null || note.isBlank() ? null : note.strip();
		Conversation.require(outcome != Outcome.PARKED || cleanNote != null, "talk.outcome.error.reason");
		return new TalkingPoint(text, outcome != null, outcome, outcome == null ? null : cleanNote);
	}

	/** Still to talk about next time: never discussed, or parked. */
	public boolean leftOpen() {
		return !discussed || outcome == Outcome.PARKED;
	}

}
