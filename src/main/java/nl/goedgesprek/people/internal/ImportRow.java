package nl.goedgesprek.people.internal;

import nl.goedgesprek.shared.MessageRef;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import nl.goedgesprek.people.Role;
import nl.goedgesprek.people.TeamId;

/**
 * One person from an import file, as read, with what importing it would do and what is wrong with it.
 * Only the columns the file has change anything: a column the file leaves out keeps the stored value.
 */
public final class ImportRow {

	public enum Action { NEW, UPDATE }

	private final int line;

	private final String name;

	private final String email;

	private final String jobTitle;

	private final String team;

	private final String managerEmail;

	private final Set<ImportColumn> columns;

	private LocalDate employmentStart;

	private LocalDate employmentEnd;

	private Set<Role> roles = Set.of();

	private Action action = Action.NEW;

	private boolean newTeam;

	private final List<MessageRef> errors = new ArrayList<>();

	private List<ImportChange> changes = List.of();

	ImportRow(int line, Set<ImportColumn> columns, String name, String email, String jobTitle, String team,
			String managerEmail) {
		this.line = line;
		this.columns = Set.copyOf(columns);
		this.name = name;
		this.email = Employee.normaliseEmail(email);
		this.jobTitle = jobTitle;
		this.team = team;
		this.managerEmail = Employee.normaliseEmail(managerEmail);
	}

	void reject(String code, Object... args) {
		errors.add(MessageRef.of(code, args));
	}

	PersonDetails details(TeamId teamId) {
		return new PersonDetails(name, email, jobTitle, teamId, employmentStart, employmentEnd, roles);
	}

	/** The stored person with what this row's columns say; {@code teamId} counts only if the file has a team column. */
	PersonDetails detailsOver(Employee stored, TeamId teamId) {
		return new PersonDetails(name, email, has(ImportColumn.JOB_TITLE) ? jobTitle : stored.jobTitle(),
				has(ImportColumn.TEAM) ? teamId : stored.teamId(),
				has(ImportColumn.EMPLOYMENT_START) ? employmentStart : stored.employmentStart(),
				has(ImportColumn.EMPLOYMENT_END) ? employmentEnd : stored.employmentEnd(),
				has(ImportColumn.ROLES) ? roles : stored.grantedRoles());
	}

	/** Whether the file has this column, so that this row may change it (an empty cell clears it). */
	public boolean has(ImportColumn column) {
		return columns.contains(column);
	}

	void changes(List<ImportChange> changes) {
		this.changes = List.copyOf(changes);
	}

	void dates(LocalDate start, LocalDate end) {
		this.employmentStart = start;
		this.employmentEnd = end;
	}

	void roles(Set<Role> roles) {
		this.roles = roles;
	}

	void action(Action action) {
		this.action = action;
	}

	void createsTeam() {
		this.newTeam = true;
	}

	public boolean valid() {
		return errors.isEmpty();
	}

	public int line() {
		return line;
	}

	public String name() {
		return name;
	}

	public String email() {
		return email;
	}

	public String jobTitle() {
		return jobTitle;
	}

	public String team() {
		return team;
	}

	public String managerEmail() {
		return managerEmail;
	}

	public LocalDate employmentStart() {
		return employmentStart;
	}

	public LocalDate employmentEnd() {
		return employmentEnd;
	}

	public Set<Role> roles() {
		return roles;
	}

	public Action action() {
		return action;
	}

	public boolean newTeam() {
		return newTeam;
	}

	/** For a person already known: each stored value this row would change, clear or fill. */
	public List<ImportChange> changes() {
		return changes;
	}

	public List<MessageRef> errors() {
		return errors;
	}

}
