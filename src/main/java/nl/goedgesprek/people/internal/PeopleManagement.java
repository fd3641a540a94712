package nl.goedgesprek.people.internal;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.people.ManagerChanged;
import nl.goedgesprek.people.PasswordChanged;
import nl.goedgesprek.people.PeopleAccess;
import nl.goedgesprek.people.PersonNotFoundException;
import nl.goedgesprek.shared.Refusal;
import nl.goedgesprek.shared.EditClash;
import nl.goedgesprek.people.Role;
import java.time.Clock;

/**
 * Changes to the people records, as HR and administrators make them. Every change checks the rules
 * (unique email, an active team, no manager loops, who may change which role, the password policy)
 * and the version the editor started from. {@code actor} is who makes the change.
 * <p>
 * Provisioning (SCIM) has its own methods ({@link #provision}, {@link #reprovision},
 * {@link #deprovision}, {@link #reactivateProvisioned}) rather than a {@code null} actor in the ones
 * above: no person acts there, so the "who may" checks about a person do not apply, and what a
 * person's methods ask of their actor stays as strict as it was. The token that acts was made by an
 * administrator; every other rule holds the same, and provisioning never gives or takes a role.
 */
@Service
@Transactional
public class PeopleManagement {

	private final EmployeeRepository employees;

	private final TeamRepository teams;

	private final PasswordEncoder passwords;

	private final ApplicationEventPublisher events;

	private final RoleGrants roles;

	private final PasswordPolicy policy;

	private final PeopleAccess access;

	private final Clock clock;

	private final AccountTokens links;

	private final PersonQueries queries;

	PeopleManagement(EmployeeRepository employees, TeamRepository teams, PasswordEncoder passwords,
			ApplicationEventPublisher events, RoleGrants roles, PasswordPolicy policy, PeopleAccess access, Clock clock,
			AccountTokens links, PersonQueries queries) {
		this.queries = queries;
		this.clock = clock;
		this.links = links;
		this.employees = employees;
		this.teams = teams;
		this.passwords = passwords;
		this.events = events;
		this.roles = roles;
		this.policy = policy;
		this.access = access;
	}

	public EmployeeId hire(EmployeeId actor, PersonDetails details, EmployeeId manager, String initialPassword) {
		checkEmailFree(details.email(), null);
		checkTeamOpen(details);
		roles.check(actor, null, Set.of(), details.grantedRoles());
		checkPassword(initialPassword, details.email());
		Employee employee = Employee.hire(details);
		setPassword(employee, initialPassword);
		Employee saved = employees.save(employee);
		changeManager(saved, manager);
		roles.record(actor, saved.id(), Set.of(), details.grantedRoles());
		return saved.id();
	}

	public void update(EmployeeId actor, EmployeeId id, Integer expectedVersion, PersonDetails details,
			EmployeeId manager, String newPassword) {
		Employee employee = load(id);
		checkVersion(employee.version(), expectedVersion);
		checkEmailFree(details.email(), id);
		if (!Objects.equals(employee.teamId(), details.teamId())) {
			checkTeamOpen(details);
		}
		Set<Role> before = employee.grantedRoles();
		roles.check(actor, id, before, details.grantedRoles());
		checkPassword(newPassword, details.email());
		employee.update(details);
		boolean passwordChanged = setPassword(employee, newPassword);
		changeManager(employee, manager);
		roles.record(actor, id, before, details.grantedRoles());
		if (passwordChanged) {
			// A password HR sets replaces any invitation or reset link still out.
			links.revokeOpen(id, clock.instant());
			events.publishEvent(new PasswordChanged(id, actor, clock.instant()));
		}
	}

	public void deactivate(EmployeeId actor, EmployeeId id, Integer expectedVersion) {
		Employee employee = load(id);
		checkVersion(employee.version(), expectedVersion);
		checkMayChangeActive(actor, id);
		deactivate(employee);
	}

	/**
	 * Provisioning: a new person as the organisation's identity provider sends them, without roles
	 * (provisioning never grants HR or administrator) and without a password (they sign in through the
	 * organisation, or by invitation). Every other rule of {@link #hire} holds.
	 */
	public EmployeeId provision(PersonDetails details, EmployeeId manager) {
		if (!details.grantedRoles().isEmpty()) {
			throw new IllegalArgumentException("Provisioning grants no roles");
		}
		checkEmailFree(details.email(), null);
		checkTeamOpen(details);
		Employee saved = employees.save(Employee.hire(details));
		changeManager(saved, manager);
		return saved.id();
	}

	/**
	 * Provisioning: takes over the name, email address, job title and team the provider sends, and the
	 * manager. The roles and employment dates stay as HR keeps them, whatever {@code details} says.
	 */
	public void reprovision(EmployeeId id, Integer expectedVersion, PersonDetails details, EmployeeId manager) {
		Employee employee = load(id);
		checkVersion(employee.version(), expectedVersion);
		checkEmailFree(details.email(), id);
		if (!Objects.equals(employee.teamId(), details.teamId())) {
			checkTeamOpen(details);
		}
		employee.update(new PersonDetails(details.name(), details.email(), details.jobTitle(), details.teamId(),
				employee.employmentStart(), employee.employmentEnd(), employee.grantedRoles()));
		changeManager(employee, manager);
	}

	/** Provisioning: deactivates, on the same rules as HR (no active reports, never the last administrator). */
	public void deprovision(EmployeeId id, Integer expectedVersion) {
		Employee employee = load(id);
		checkVersion(employee.version(), expectedVersion);
		deactivate(employee);
	}

	/** Provisioning: makes a deactivated person active again. */
	public void reactivateProvisioned(EmployeeId id, Integer expectedVersion) {
		Employee employee = load(id);
		checkVersion(employee.version(), expectedVersion);
		nl.goedgesprek.shared.Refusal.require(!queries.erased(id), "erasure.refused.reactivate");
		employee.reactivate();
		save(employee);
	}

	private void deactivate(Employee employee) {
		EmployeeId id = employee.id();
		int reports = employees.countActiveReports(id.value());
		if (reports > 0) {
			throw Refusal.onField(null, "people.error.stillManages", reports);
		}
		if (employee.grantedRoles().contains(Role.ADMIN)) {
			roles.checkMayStopBeingAdministrator(id);
		}
		employee.deactivate();
		save(employee);
	}

	public void reactivate(EmployeeId actor, EmployeeId id, Integer expectedVersion) {
		Employee employee = load(id);
		checkVersion(employee.version(), expectedVersion);
		checkMayChangeActive(actor, id);
		// An erased person's row is a placeholder for the records of others; nobody comes back as it.
		nl.goedgesprek.shared.Refusal.require(!queries.erased(id), "erasure.refused.reactivate");
		employee.reactivate();
		save(employee);
	}

	private void checkMayChangeActive(EmployeeId actor, EmployeeId id) {
		if (!access.mayChangeActive(actor, id)) {
			throw Refusal.onField(null, "people.error.ownActive");
		}
	}

	private void checkPassword(String password, String email) {
		if (password != null && !password.isEmpty()) {
			policy.problem(password, email).ifPresent(code -> {
				throw Refusal.onField("newPassword", code, PasswordPolicy.MIN_LENGTH);
			});
		}
	}

	private void changeManager(Employee employee, EmployeeId manager) {
		EmployeeId previous = employee.managerId();
		if (manager != null) {
			Employee boss = employees.findById(manager.value())
				.filter(Employee::active)
				.orElseThrow(() -> Refusal.onField("managerId", "people.error.managerUnknown"));
			if (ReportingLines.wouldLoop(employee.id(), boss.id(), this::managerOf)) {
				throw Refusal.onField("managerId", "people.error.managerLoop");
			}
		}
		employee.reportTo(manager);
		save(employee);
		if (!Objects.equals(previous, manager)) {
			events.publishEvent(new ManagerChanged(employee.id(), previous, manager));
		}
	}

	private EmployeeId managerOf(EmployeeId id) {
		return employees.findById(id.value()).map(Employee::managerId).orElse(null);
	}

	private boolean setPassword(Employee employee, String password) {
		if (password == null || password.isEmpty()) {
			return false;
		}
		employee.changePasswordHash(passwords.encode(password));
		return true;
	}

	private void checkEmailFree(String email, EmployeeId self) {
		Optional<Employee> holder = employees.findByEmail(Employee.normaliseEmail(email));
		if (holder.isPresent() && !holder.get().id().equals(self)) {
			throw Refusal.onField("email", "people.error.emailTaken");
		}
	}

	private void checkTeamOpen(PersonDetails details) {
		if (details.teamId() != null && teams.findById(details.teamId().value()).filter(Team::active).isEmpty()) {
			throw Refusal.onField("teamId", "people.error.teamClosed");
		}
	}

	private Employee load(EmployeeId id) {
		return employees.findById(id.value()).orElseThrow(() -> new PersonNotFoundException(id));
	}

	private void save(Employee employee) {
		try {
			employees.save(employee);
		}
		catch (OptimisticLockingFailureException e) {
			throw new EditClash();
		}
	}

	static void checkVersion(Integer current, Integer expected) {
		if (expected == null || !expected.equals(current)) {
			throw new EditClash();
		}
	}

}
