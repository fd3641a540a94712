package nl.goedgesprek.followup;

/** What an inbox message is about. Texts come from the message bundles in the reader's language. */
public enum NotificationKind {

	CONVERSATION_PLANNED, CONVERSATION_MOVED, CONVERSATION_CANCELLED, RECORD_READY, AGREEMENT_PROGRESS, RECORD_SHARED,

	/**
	 * The other participant added to a closed record: {@code detail} says what
	 * ({@code RecordAddedTo.Addition}: the employee's view or a correction).
	 */
	RECORD_ADDITION,

	/** Someone gave the reader a role ({@code detail} names it) or took it away. */
	ROLE_GRANTED, ROLE_REVOKED,

	/** A colleague asks the reader for input ({@code detail}: the reader's answer id). */
	FEEDBACK_REQUESTED,

	/** A colleague answered the reader's request with names ({@code detail}: the request id). */
	FEEDBACK_ANSWERED,

	/** Enough colleagues answered the reader's anonymous request to read it; names nobody ({@code detail}: the request id). */
	FEEDBACK_READY,

	/**
	 * The other side of the pair put a topic on their running agenda: {@code note} holds its opening
	 * words, {@code detail} the side that added it (EMPLOYEE: the actor is the employee, whose agenda
	 * page it is; MANAGER: the reader is).
	 */
	AGENDA_TOPIC_ADDED

}
