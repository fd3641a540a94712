package nl.goedgesprek.people.internal;

import nl.goedgesprek.shared.MessageRef;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import nl.goedgesprek.people.Role;

/**
 * One person from an import file, as read, with what importing it would do and what is wrong with it.
 */
public final class ImportRow {

	public enum Action { NEW, UPDATE }

	private final int line;

	private final String name;

	private final String email;

	private final String jobTitle;

	private final String team;

	private final String managerEmail;

	private LocalDate employmentStart;

	private LocalDate employmentEnd;

	private Set<Role> roles = Set.of();

	private Action action = Action.NEW;

	private boolean newTeam;

	private final List<MessageRef> errors = new ArrayList<>();

	ImportRow(int line, String name, String email, String jobTitle, String team, String managerEmail) {
		this.line = line;
		this.name = name;
		this.email = Employee.normaliseEmail(email);
		this.jobTitle = jobTitle;
		this.team = team;
		this.managerEmail = Employee.normaliseEmail(managerEmail);
	}

	void reject(String code, Object... args) {
		errors.add(MessageRef.of(code, args));
	}

	PersonDetails details(nl.goedgesprek.people.TeamId teamId) {
		return new PersonDetails(name, email, jobTitle, teamId, employmentStart, employmentEnd, roles);
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

	public List<MessageRef> errors() {
		return errors;
	}

}
