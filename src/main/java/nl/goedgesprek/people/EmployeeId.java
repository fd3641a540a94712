package nl.goedgesprek.people;

import org.jmolecules.ddd.types.Identifier;

/**
 * Refers to an employee from anywhere in the application; other modules hold this, never the entity.
 */
public record EmployeeId(Long value) implements Identifier {

	public static EmployeeId of(Long value) {
		return value == null ? null : new EmployeeId(value);
	}

	@Override
	public String toString() {
		return String.valueOf(value);
	}

}
