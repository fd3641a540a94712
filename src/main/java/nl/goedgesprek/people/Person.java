package nl.goedgesprek.people;

import java.time.LocalDate;
import java.util.Set;

/**
 * What other modules and pages may know about a person: who they are and where they sit, never
 * their credentials.
 */
public record Person(EmployeeId id, String name, String email, String jobTitle, TeamId teamId, String teamName,
		EmployeeId managerId, String managerName, LocalDate employmentStart, LocalDate employmentEnd, boolean active,
		Set<Role> roles) {

	public boolean hasRole(Role role) {
		return roles.contains(role);
	}

	public boolean isManager() {
		return hasRole(Role.MANAGER);
	}

	public String firstName() {
		int space = name.indexOf(' ');
		return space > 0 ? name.substring(0, space) : name;
	}

	public String initials() {
		String[] parts = name.trim().split("\\s+");
		String first = parts[0].substring(0, 1);
		String last = parts.length > 1 ? parts[parts.length - 1].substring(0, 1) : "";
		return (first + last).toUpperCase();
	}

}
