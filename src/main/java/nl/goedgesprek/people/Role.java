package nl.goedgesprek.people;

/**
 * What a person may do in Goedgesprek. Everyone is an {@link #EMPLOYEE}; {@link #MANAGER} follows from
 * having reports; {@link #HR} and {@link #ADMIN} are granted.
 */
public enum Role {

	EMPLOYEE, MANAGER, HR, ADMIN;

	/** The roles an administrator or HR adviser can grant by hand. */
	public static final java.util.Set<Role> GRANTABLE = java.util.EnumSet.of(HR, ADMIN);

	public String authority() {
		return "ROLE_" + name();
	}

}
