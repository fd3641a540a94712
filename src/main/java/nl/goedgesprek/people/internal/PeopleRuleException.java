package nl.goedgesprek.people.internal;

import nl.goedgesprek.shared.MessageRef;

/**
 * A change that breaks a rule of the people records (an email in use, a manager loop). Carries the
 * form field it concerns, if any, so the page can show the message next to it.
 */
public class PeopleRuleException extends RuntimeException {

	private final String field;

	private final MessageRef message;

	public PeopleRuleException(String field, String code, Object... args) {
		super(code);
		this.field = field;
		this.message = MessageRef.of(code, args);
	}

	public String field() {
		return field;
	}

	public MessageRef message() {
		return message;
	}

}
