package nl.goedgesprek.people.internal;

import nl.goedgesprek.shared.MessageRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.people.TeamId;
import nl.goedgesprek.shared.Refusal;

/**
 * Imports people from a CSV file (commas or semicolons, one person a row). First a preview that checks
 * every row against the file and the database and shows what would change; then, only if no row has an
 * error, the whole file in one transaction. People already known by email are updated in the columns
 * the file has, unknown teams are created.
 */
@Service
public class PeopleImport {

	/** Five thousand people fit in far less; the limit keeps the file small enough to send back on confirming. */
	public static final DataSize MAX_FILE_SIZE = DataSize.ofMegabytes(2);

	private final EmployeeRepository employees;

	private final TeamRepository teams;

	private final PeopleManagement management;

	private final RoleGrants roleGrants;

	private final ImportChecks checks;

	PeopleImport(EmployeeRepository employees, TeamRepository teams, PeopleManagement management,
			RoleGrants roleGrants, ImportChecks checks) {
		this.checks = checks;
		this.employees = employees;
		this.teams = teams;
		this.management = management;
		this.roleGrants = roleGrants;
	}

	/** What importing the file as {@code actor} would do; the same role rules as the edit form apply. */
	@Transactional(readOnly = true)
	public ImportPreview preview(EmployeeId actor, String csv) {
		List<MessageRef> fileErrors = new ArrayList<>();
		List<ImportRow> rows = ImportReader.read(csv, fileErrors);
		if (fileErrors.isEmpty()) {
			checks.check(rows);
			rows.forEach(row -> checkRoles(actor, row));
		}
		return new ImportPreview(rows, fileErrors);
	}

	/** A row may change only the roles its importer may change, as on the edit form. */
	private void checkRoles(EmployeeId actor, ImportRow row) {
		if (!row.has(ImportColumn.ROLES)) {
			return; // a file without the roles column changes nobody's roles
		}
		Optional<Employee> existing = row.email() == null ? Optional.empty() : employees.findByEmail(row.email());
		try {
			roleGrants.check(actor, existing.map(Employee::id).orElse(null),
					existing.map(Employee::grantedRoles).orElse(Set.of()), row.roles());
		}
		catch (Refusal refused) {
			row.reject(refused.message().code(), refused.message().argArray());
		}
	}

	/**
	 * Imports the file if its preview is free of errors.
	 * @return the preview; if it is not {@link ImportPreview#valid() valid}, nothing was changed
	 */
	@Transactional
	public ImportPreview importAll(EmployeeId actor, String csv) {
		ImportPreview preview = preview(actor, csv);
		if (!preview.valid()) {
			return preview;
		}
		try {
			importRows(actor, preview);
		}
		catch (Refusal refused) {
			// A rule only the whole file breaks (it takes the administrator role from every administrator):
			// nothing of the file stays.
			org.springframework.transaction.interceptor.TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
			return new ImportPreview(preview.rows(), List.of(refused.message()));
		}
		return preview;
	}

	private void importRows(EmployeeId actor, ImportPreview preview) {
		Map<String, TeamId> teamIds = new HashMap<>();
		Map<String, EmployeeId> ids = new HashMap<>();
		for (ImportRow row : preview.rows()) {
			TeamId team = row.team() == null ? null : teamIds.computeIfAbsent(row.team().toLowerCase(Locale.ROOT),
					key -> teams.findByNameIgnoreCase(row.team()).orElseGet(() -> teams.save(Team.named(row.team(), null))).id());
			Optional<Employee> existing = employees.findByEmail(row.email());
			if (existing.isPresent()) {
				Employee employee = existing.get();
				management.update(actor, employee.id(), employee.version(), row.detailsOver(employee, team), employee.managerId(), null);
				ids.put(row.email(), employee.id());
			}
			else {
				ids.put(row.email(), management.hire(actor, row.details(team), null, null));
			}
		}
		// Managers second, as they may be new people further down the file; without the column, nobody's manager changes.
		for (ImportRow row : preview.rows()) {
			if (!row.has(ImportColumn.MANAGER_EMAIL)) {
				continue;
			}
			EmployeeId id = ids.get(row.email());
			Employee employee = employees.findById(id.value()).orElseThrow();
			EmployeeId manager = row.managerEmail() == null ? null
					: Optional.ofNullable(ids.get(row.managerEmail()))
						.orElseGet(() -> employees.findByEmail(row.managerEmail()).orElseThrow().id());
			management.update(actor, id, employee.version(), row.detailsOver(employee, employee.teamId()), manager, null);
		}
	}

}
