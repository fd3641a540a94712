package nl.goedgesprek.conversations.internal;

/** Someone saved the same text since this user loaded it; nothing was overwritten. */
public class ConversationEditConflictException extends RuntimeException {

	public ConversationEditConflictException() {
		super("Changed by someone else in the meantime");
	}

}
