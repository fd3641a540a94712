package nl.goedgesprek.people.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import nl.goedgesprek.people.Person;
import nl.goedgesprek.people.Role;

/**
 * What an import row would change for a person already known: only the columns the file has, each
 * value that differs from the stored one, and each value an empty cell would clear.
 */
final class ImportChanges {

	private ImportChanges() {
	}

	/** @param managerOf the stored manager's email address by each person's email address */
	static List<ImportChange> of(ImportRow row, Person stored, Map<String, String> managerOf) {
		List<ImportChange> changes = new ArrayList<>();
		compare(changes, "person.name", stored.name(), row.name());
		if (row.has(ImportColumn.JOB_TITLE)) {
			compare(changes, "person.jobTitle", stored.jobTitle(), row.jobTitle());
		}
		if (row.has(ImportColumn.TEAM) && !sameText(stored.teamName(), row.team())) {
			changes.add(new ImportChange("person.team", stored.teamName(), row.team()));
		}
		if (row.has(ImportColumn.MANAGER_EMAIL)) {
			compare(changes, "person.manager", managerOf.get(stored.email()), row.managerEmail());
		}
		if (row.has(ImportColumn.EMPLOYMENT_START)) {
			compare(changes, "person.employmentStart", stored.employmentStart(), row.employmentStart());
		}
		if (row.has(ImportColumn.EMPLOYMENT_END)) {
			compare(changes, "person.employmentEnd", stored.employmentEnd(), row.employmentEnd());
		}
		if (row.has(ImportColumn.ROLES)) {
			Set<Role> granted = EnumSet.noneOf(Role.class);
			stored.roles().stream().filter(Role.GRANTABLE::contains).forEach(granted::add);
			if (!granted.equals(row.roles())) {
				changes.add(new ImportChange(ImportChange.ROLES, listOrNull(granted), listOrNull(row.roles())));
			}
		}
		return changes;
	}

	private static void compare(List<ImportChange> changes, String field, Object before, Object after) {
		if (!Objects.equals(before, after)) {
			changes.add(new ImportChange(field, before, after));
		}
	}

	private static boolean sameText(String stored, String imported) {
		return stored == null ? imported == null : stored.equalsIgnoreCase(imported == null ? "" : imported);
	}

	private static List<Role> listOrNull(Set<Role> roles) {
		return roles.isEmpty() ? null : List.copyOf(EnumSet.copyOf(roles));
	}

}
