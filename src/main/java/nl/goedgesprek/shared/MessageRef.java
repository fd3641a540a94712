package nl.goedgesprek.shared;

import java.util.List;

/**
 * A message for the user, by key and arguments, so it reaches them in their own language.
 * A message travels as a flash attribute, in the session in the database: hence Serializable.
 */
public record MessageRef(String code, List<Object> args) implements java.io.Serializable {

	public static MessageRef of(String code, Object... args) {
		return new MessageRef(code, List.of(args));
	}

	public Object[] argArray() {
		return args.toArray();
	}

}
