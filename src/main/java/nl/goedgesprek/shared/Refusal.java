package nl.goedgesprek.shared;

/**
 * A step the rules refuse, with the reason for the user (a message key and its arguments) and, when
 * it concerns one field of a form, that field's name. The one refusal type of every module: thrown by
 * the service that knows the rule, and answered in one place (the shell's {@code RefusalAdvice}) for
 * full pages and htmx fragments alike, unless a controller re-shows its own form with the typed values.
 */
public class Refusal extends RuntimeException {

	private final String field;

	private final MessageRef message;

	public Refusal(String code, Object... args) {
		this(null, code, args);
	}

	private Refusal(String field, String code, Object... args) {
		super(code);
		this.field = field;
		this.message = MessageRef.of(code, args);
	}

	/** A refusal about one form field, shown next to it. */
	public static Refusal onField(String field, String code, Object... args) {
		return new Refusal(field, code, args);
	}

	/** Refuses with this message unless the condition holds. */
	public static void require(boolean condition, String code, Object... args) {
		if (!condition) {
			throw new Refusal(code, args);
		}
	}

	/** The form field it concerns, or {@code null}. */
	public String field() {
		return field;
	}

	public MessageRef message() {
		return message;
	}

	public String messageKey() {
		return message.code();
	}

}
