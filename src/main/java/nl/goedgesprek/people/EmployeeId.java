package nl.goedgesprek.people;

/**
 * Refers to an employee from anywhere in the application; other modules hold this, never the entity.
 * Serializable: the signed-in person (with this id) is kept in the session in the database.
 */
public record EmployeeId(Long value) implements java.io.Serializable {

	public static EmployeeId of(Long value) {
		return value == null ? null : new EmployeeId(value);
	}

	@Override
	public String toString() {
		return String.valueOf(value);
	}

}
