package nl.goedgesprek.people.internal;

import java.time.LocalDate;
import java.util.Set;

import nl.goedgesprek.people.Role;
import nl.goedgesprek.people.TeamId;

/** The editable facts about a person, as a form or an import row gives them. */
public record PersonDetails(String name, String email, String jobTitle, TeamId teamId, LocalDate employmentStart,
		LocalDate employmentEnd, Set<Role> grantedRoles) {
}
