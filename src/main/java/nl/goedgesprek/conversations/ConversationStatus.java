package nl.goedgesprek.conversations;

/**
 * Where a conversation stands. Users see: gepland, in voorbereiding, in gesprek, gevoerd (the record
 * awaits acknowledgement), afgerond (both saw the record; it is locked), geannuleerd.
 */
public enum ConversationStatus {

	PLANNED, PREPARING, STARTED, HELD, COMPLETED, CANCELLED;

	public boolean beforeTheConversation() {
		return this == PLANNED || this == PREPARING;
	}

	/**
	 * Whether a participant can still work on and share their own preparation: before the
	 * conversation, and while it goes on (either side may start it early; the other can then still
	 * share what they prepared). A shared preparation never changes.
	 */
	public boolean preparationOpen() {
		return beforeTheConversation() || this == STARTED;
	}

	public boolean startedOrLater() {
		return this == STARTED || this == HELD || this == COMPLETED;
	}

	public boolean closed() {
		return this == HELD || this == COMPLETED;
	}

}
