package nl.goedgesprek.people;

import org.jmolecules.ddd.types.Identifier;

/**
 * Refers to a team from anywhere in the application.
 */
public record TeamId(Long value) implements Identifier {

	public static TeamId of(Long value) {
		return value == null ? null : new TeamId(value);
	}

	@Override
	public String toString() {
		return String.valueOf(value);
	}

}
