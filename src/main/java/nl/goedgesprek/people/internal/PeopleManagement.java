package nl.goedgesprek.people.internal;

import java.util.Objects;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.people.ManagerChanged;
import nl.goedgesprek.people.PersonNotFoundException;
import nl.goedgesprek.shared.Refusal;
import nl.goedgesprek.shared.EditClash;

/**
 * Changes to the people records, as HR and administrators make them. Every change checks the rules
 * (unique email, an active team, no manager loops) and the version the editor started from.
 */
@Service
@Transactional
public class PeopleManagement {

	private final EmployeeRepository employees;

	private final TeamRepository teams;

	private final PasswordEncoder passwords;

	private final ApplicationEventPublisher events;

	PeopleManagement(EmployeeRepository employees, TeamRepository teams, PasswordEncoder passwords,
			ApplicationEventPublisher events) {
		this.employees = employees;
		this.teams = teams;
		this.passwords = passwords;
		this.events = events;
	}

	public EmployeeId hire(PersonDetails details, EmployeeId manager, String initialPassword) {
		checkEmailFree(details.email(), null);
		checkTeamOpen(details);
		Employee employee = Employee.hire(details);
		setPassword(employee, initialPassword);
		Employee saved = employees.save(employee);
		changeManager(saved, manager);
		return saved.id();
	}

	public void update(EmployeeId id, Integer expectedVersion, PersonDetails details, EmployeeId manager,
			String newPassword) {
		Employee employee = load(id);
		checkVersion(employee.version(), expectedVersion);
		checkEmailFree(details.email(), id);
		if (!Objects.equals(employee.teamId(), details.teamId())) {
			checkTeamOpen(details);
		}
		employee.update(details);
		setPassword(employee, newPassword);
		changeManager(employee, manager);
	}

	public void deactivate(EmployeeId id, Integer expectedVersion) {
		Employee employee = load(id);
		checkVersion(employee.version(), expectedVersion);
		int reports = employees.countActiveReports(id.value());
		if (reports > 0) {
			throw Refusal.onField(null, "people.error.stillManages", reports);
		}
		employee.deactivate();
		save(employee);
	}

	public void reactivate(EmployeeId id, Integer expectedVersion) {
		Employee employee = load(id);
		checkVersion(employee.version(), expectedVersion);
		employee.reactivate();
		save(employee);
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

	private void setPassword(Employee employee, String password) {
		if (password != null && !password.isBlank()) {
			employee.changePasswordHash(passwords.encode(password));
		}
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
