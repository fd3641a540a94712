package nl.goedgesprek.people;

/**
 * Refers to a team from anywhere in the application.
 */
public record TeamId(Long value) {

	public static TeamId of(Long value) {
		return value == null ? null : new TeamId(value);
	}

	@Override
	public String toString() {
		return String.valueOf(value);
	}

}
