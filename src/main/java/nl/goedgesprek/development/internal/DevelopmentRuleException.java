package nl.goedgesprek.development.internal;

/** A step that is not allowed; the message key says why, in the user's language. */
public class DevelopmentRuleException extends RuntimeException {

	private final String messageKey;

	public DevelopmentRuleException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}

	public static void require(boolean condition, String messageKey) {
		if (!condition) {
			throw new DevelopmentRuleException(messageKey);
		}
	}

}
