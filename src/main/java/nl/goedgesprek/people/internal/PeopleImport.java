package nl.goedgesprek.people.internal;

import nl.goedgesprek.shared.MessageRef;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.people.Role;
import nl.goedgesprek.people.TeamId;

/**
 * Imports people from a CSV file (commas or semicolons, UTF-8, one person a row). First a preview that
 * checks every row against the file and the database; then, only if no row has an error, the whole
 * file in one transaction. People already known by email are updated, unknown teams are created.
 */
@Service
public class PeopleImport {

	static final int MAX_ROWS = 5000;

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private static final List<DateTimeFormatter> DATE_FORMATS = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
			DateTimeFormatter.ofPattern("d-M-uuuu"), DateTimeFormatter.ofPattern("d/M/uuuu"));

	private final EmployeeRepository employees;

	private final TeamRepository teams;

	private final PeopleManagement management;

	private final PersonQueries queries;

	private final RoleGrants roleGrants;

	PeopleImport(EmployeeRepository employees, TeamRepository teams, PeopleManagement management,
			PersonQueries queries, RoleGrants roleGrants) {
		this.employees = employees;
		this.queries = queries;
		this.teams = teams;
		this.management = management;
		this.roleGrants = roleGrants;
	}

	/** What importing the file as {@code actor} would do; the same role rules as the edit form apply. */
	@Transactional(readOnly = true)
	public ImportPreview preview(EmployeeId actor, String csv) {
		List<MessageRef> fileErrors = new ArrayList<>();
		List<ImportRow> rows = read(csv, fileErrors);
		if (fileErrors.isEmpty()) {
			check(rows);
			rows.forEach(row -> checkRoles(actor, row));
		}
		return new ImportPreview(rows, fileErrors);
	}

	/** A row may change only the roles its importer may change, as on the edit form. */
	private void checkRoles(EmployeeId actor, ImportRow row) {
		Optional<Employee> existing = row.email() == null ? Optional.empty() : employees.findByEmail(row.email());
		try {
			roleGrants.check(actor, existing.map(Employee::id).orElse(null),
					existing.map(Employee::grantedRoles).orElse(Set.of()), row.roles());
		}
		catch (PeopleRuleException refused) {
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
		catch (PeopleRuleException refused) {
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
				management.update(actor, employee.id(), employee.version(), row.details(team), employee.managerId(), null);
				ids.put(row.email(), employee.id());
			}
			else {
				ids.put(row.email(), management.hire(actor, row.details(team), null, null));
			}
		}
		for (ImportRow row : preview.rows()) {
			EmployeeId id = ids.get(row.email());
			Employee employee = employees.findById(id.value()).orElseThrow();
			EmployeeId manager = row.managerEmail() == null ? null
					: Optional.ofNullable(ids.get(row.managerEmail()))
						.orElseGet(() -> employees.findByEmail(row.managerEmail()).orElseThrow().id());
			management.update(actor, id, employee.version(), row.details(employee.teamId()), manager, null);
		}
	}

	private List<ImportRow> read(String csv, List<MessageRef> fileErrors) {
		String text = csv == null ? "" : csv.replace("\uFEFF", "");
		if (text.isBlank()) {
			fileErrors.add(MessageRef.of("import.error.empty"));
			return List.of();
		}
		char delimiter = delimiterOf(text);
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).setTrim(true).get();
		List<ImportRow> rows = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
			Map<ImportColumn, Integer> columns = null;
			for (CSVRecord record : parser) {
				if (columns == null) {
					columns = header(record, fileErrors);
					if (!fileErrors.isEmpty()) {
						return List.of();
					}
					continue;
				}
				if (rows.size() == MAX_ROWS) {
					fileErrors.add(MessageRef.of("import.error.tooManyRows", MAX_ROWS));
					return List.of();
				}
				rows.add(row(record, columns));
			}
		}
		catch (IOException | RuntimeException e) {
			fileErrors.add(MessageRef.of("import.error.unreadable"));
			return List.of();
		}
		if (rows.isEmpty()) {
			fileErrors.add(MessageRef.of("import.error.noRows"));
		}
		return rows;
	}

	private static char delimiterOf(String text) {
		String firstLine = text.lines().findFirst().orElse("");
		return firstLine.chars().filter(c -> c == ';').count() > firstLine.chars().filter(c -> c == ',').count() ? ';' : ',';
	}

	private static Map<ImportColumn, Integer> header(CSVRecord record, List<MessageRef> fileErrors) {
		Map<ImportColumn, Integer> columns = new EnumMap<>(ImportColumn.class);
		for (int i = 0; i < record.size(); i++) {
			String header = record.get(i);
			int index = i;
			ImportColumn.byHeader(header).ifPresentOrElse(column -> columns.put(column, index),
					() -> fileErrors.add(MessageRef.of("import.error.unknownColumn", header)));
		}
		for (ImportColumn column : ImportColumn.values()) {
			if (column.required() && !columns.containsKey(column)) {
				fileErrors.add(MessageRef.of("import.error.missingColumn", column.header()));
			}
		}
		return columns;
	}

	private static ImportRow row(CSVRecord record, Map<ImportColumn, Integer> columns) {
		ImportRow row = new ImportRow((int) record.getRecordNumber(), value(record, columns, ImportColumn.NAME),
				value(record, columns, ImportColumn.EMAIL), value(record, columns, ImportColumn.JOB_TITLE),
				value(record, columns, ImportColumn.TEAM), value(record, columns, ImportColumn.MANAGER_EMAIL));
		LocalDate start = date(row, value(record, columns, ImportColumn.EMPLOYMENT_START), "import.error.startDate");
		LocalDate end = date(row, value(record, columns, ImportColumn.EMPLOYMENT_END), "import.error.endDate");
		row.dates(start, end);
		row.roles(roles(row, value(record, columns, ImportColumn.ROLES)));
		return row;
	}

	private static String value(CSVRecord record, Map<ImportColumn, Integer> columns, ImportColumn column) {
		Integer index = columns.get(column);
		if (index == null || index >= record.size()) {
			return null;
		}
		String value = record.get(index).trim();
		return value.isEmpty() ? null : value;
	}

	private static LocalDate date(ImportRow row, String value, String errorCode) {
		if (value == null) {
			return null;
		}
		for (DateTimeFormatter format : DATE_FORMATS) {
			try {
				return LocalDate.parse(value, format);
			}
			catch (DateTimeParseException ignored) {
				// try the next format
			}
		}
		row.reject(errorCode, value);
		return null;
	}

	private static Set<Role> roles(ImportRow row, String value) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		if (value == null) {
			return roles;
		}
		for (String part : value.split("[|,;/ ]+")) {
			switch (part.trim().toLowerCase(Locale.ROOT)) {
				case "" -> { }
				case "hr", "hr-adviseur" -> roles.add(Role.HR);
				case "admin", "beheerder" -> roles.add(Role.ADMIN);
				default -> row.reject("import.error.unknownRole", part);
			}
		}
		return roles;
	}

	/** Checks each row against the others and against the database, and notes what importing would do. */
	private void check(List<ImportRow> rows) {
		Map<String, ImportRow> byEmail = new HashMap<>();
		Set<String> duplicates = new HashSet<>();
		for (ImportRow row : rows) {
			if (row.email() != null && byEmail.putIfAbsent(row.email(), row) != null) {
				duplicates.add(row.email());
			}
		}
		for (ImportRow row : rows) {
			checkFields(row, duplicates);
			employees.findByEmail(row.email() == null ? "" : row.email()).ifPresent(e -> row.action(ImportRow.Action.UPDATE));
			checkTeam(row);
			checkManager(row, byEmail);
		}
		checkLoops(rows);
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
	private void checkLoops(List<ImportRow> rows) {
		Map<String, String> managerOf = new HashMap<>(queries.managerEmails());
		for (ImportRow row : rows) {
			if (row.email() != null) {
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
