package nl.goedgesprek.conversations.internal;

/**
 * A step that does not fit where the conversation stands (sharing after the conversation started,
 * writing notes in a locked record). Carries the message key that tells the user why.
 */
public class ConversationRuleException extends RuntimeException {

	private final String messageKey;

	public ConversationRuleException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}

}
