package nl.goedgesprek.people.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * What an import's rows are checked for before anything is written ({@link PeopleImport}): each row's
 * fields, the row against the others (an address twice, a manager chain that comes back to itself)
 * and against the database (a closed team, an unknown manager, a person already known by email, and
 * then what would change for them).
 */
@Component
class ImportChecks {

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private final EmployeeRepository employees;

	private final TeamRepository teams;

	private final PersonQueries queries;

	ImportChecks(EmployeeRepository employees, TeamRepository teams, PersonQueries queries) {
		this.employees = employees;
		this.teams = teams;
		this.queries = queries;
	}

	/** Checks each row against the others and against the database, and notes what importing would do. */
	void check(List<ImportRow> rows) {
		Map<String, ImportRow> byEmail = new HashMap<>();
		Set<String> duplicates = new HashSet<>();
		for (ImportRow row : rows) {
			if (row.email() != null && byEmail.putIfAbsent(row.email(), row) != null) {
				duplicates.add(row.email());
			}
		}
		Map<String, String> managerOf = queries.managerEmails();
		for (ImportRow row : rows) {
			checkFields(row, duplicates);
			employees.findByEmail(row.email() == null ? "" : row.email()).ifPresent(stored -> {
				row.action(ImportRow.Action.UPDATE);
				queries.find(stored.id()).ifPresent(person -> row.changes(ImportChanges.of(row, person, managerOf)));
			});
			checkTeam(row);
			checkManager(row, byEmail);
		}
		checkLoops(rows, managerOf);
	}

	private static void checkFields(ImportRow row, Set<String> duplicates) {
		if (row.name() == null) {
			row.reject("import.error.nameMissing");
		}
		else if (row.name().length() > 200) {
			row.reject("import.error.nameTooLong");
		}
		if (row.email() == null) {
			row.reject("import.error.emailMissing");
		}
		else if (!EMAIL.matcher(row.email()).matches() || row.email().length() > 254) {
			row.reject("import.error.emailInvalid", row.email());
		}
		else if (duplicates.contains(row.email())) {
			row.reject("import.error.emailTwice", row.email());
		}
		if (row.jobTitle() != null && row.jobTitle().length() > 120) {
			row.reject("import.error.jobTitleTooLong");
		}
		if (row.employmentStart() != null && row.employmentEnd() != null
				&& row.employmentEnd().isBefore(row.employmentStart())) {
			row.reject("import.error.endBeforeStart");
		}
	}

	private void checkTeam(ImportRow row) {
		if (row.team() == null) {
			return;
		}
		if (row.team().length() > 120) {
			row.reject("import.error.teamTooLong");
			return;
		}
		teams.findByNameIgnoreCase(row.team()).ifPresentOrElse(team -> {
			if (!team.active()) {
				row.reject("import.error.teamClosed", row.team());
			}
		}, row::createsTeam);
	}

	private void checkManager(ImportRow row, Map<String, ImportRow> byEmail) {
		if (row.managerEmail() == null) {
			return;
		}
		if (row.managerEmail().equals(row.email())) {
			row.reject("import.error.ownManager");
		}
		else if (!byEmail.containsKey(row.managerEmail())
				&& employees.findByEmail(row.managerEmail()).filter(Employee::active).isEmpty()) {
			row.reject("import.error.managerUnknown", row.managerEmail());
		}
	}

	/**
	 * Reporting lines as they would be after the import, keyed by email so that new people take part;
	 * a row whose manager chain comes back to itself is rejected.
	 */
	private void checkLoops(List<ImportRow> rows, Map<String, String> storedManagerOf) {
		Map<String, String> managerOf = new HashMap<>(storedManagerOf);
		for (ImportRow row : rows) {
			if (row.email() != null && row.has(ImportColumn.MANAGER_EMAIL)) {
				managerOf.put(row.email(), row.managerEmail());
			}
		}
		for (ImportRow row : rows) {
			if (row.valid() && row.managerEmail() != null
					&& ReportingLines.wouldLoop(row.email(), row.managerEmail(), managerOf::get)) {
				row.reject("import.error.managerLoop");
			}
		}
	}

}
