package nl.goedgesprek.people.internal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;

import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.people.Role;
import nl.goedgesprek.people.TeamId;

/**
 * A person who works for the organisation, with their place in it and their account. The aggregate
 * root of the people records; it guards its own invariants (a person is not their own manager).
 */
public class Employee {

	@Id
	private Long id;

	@Version
	private Integer version;

	private String name;

	private String email;

	private String jobTitle;

	private TeamId teamId;

	private EmployeeId managerId;

	private LocalDate employmentStart;

	private LocalDate employmentEnd;

	private boolean active;

	private String passwordHash;

	/** When this person's data was erased; the row is then a placeholder that nobody changes again. */
	private java.time.Instant erasedAt;

	@MappedCollection
	private Set<EmployeeRole> roles = new HashSet<>();

	@PersistenceCreator
	Employee(Long id, Integer version, String name, String email, String jobTitle, TeamId teamId,
			EmployeeId managerId, LocalDate employmentStart, LocalDate employmentEnd, boolean active,
			String passwordHash, java.time.Instant erasedAt, Set<EmployeeRole> roles) {
		this.id = id;
		this.version = version;
		this.name = name;
		this.email = email;
		this.jobTitle = jobTitle;
		this.teamId = teamId;
		this.managerId = managerId;
		this.employmentStart = employmentStart;
		this.employmentEnd = employmentEnd;
		this.active = active;
		this.passwordHash = passwordHash;
		this.erasedAt = erasedAt;
		this.roles = roles == null ? new HashSet<>() : new HashSet<>(roles);
	}

	public static Employee hire(PersonDetails details) {
		Employee employee = new Employee(null, null, null, null, null, null, null, null, null, true, null, null, Set.of());
		employee.update(details);
		return employee;
	}

	/** Takes over everything HR can edit; the manager is changed separately, see {@link #reportTo}. */
	public void update(PersonDetails details) {
		requireNotErased();
		this.name = details.name().trim();
		this.email = normaliseEmail(details.email());
		this.jobTitle = blankToNull(details.jobTitle());
		this.teamId = details.teamId();
		this.employmentStart = details.employmentStart();
		this.employmentEnd = details.employmentEnd();
		this.roles = details.grantedRoles().stream().map(EmployeeRole::new).collect(Collectors.toSet());
	}

	public void reportTo(EmployeeId manager) {
		requireNotErased();
		if (manager != null && manager.equals(id())) {
			throw new IllegalArgumentException("A person cannot be their own manager");
		}
		this.managerId = manager;
	}

	public void deactivate() {
		this.active = false;
	}

	public void reactivate() {
		requireNotErased();
		this.active = true;
	}

	public void changePasswordHash(String passwordHash) {
		requireNotErased();
		this.passwordHash = passwordHash;
	}

	/** Whether this person may be signed in today, by any means: active and still employed. */
	public boolean maySignInOn(LocalDate today) {
		return active && (employmentEnd == null || !employmentEnd.isBefore(today));
	}

	/** Whether this row is the placeholder of an erased person (art. 17): kept for the records of others. */
	public boolean erased() {
		return erasedAt != null;
	}

	/**
	 * An erased person's row only holds the place of their conversations in the records of others.
	 * Whoever tries to edit, reactivate, move or give a password to it (HR's form, provisioning, a
	 * stale tab) is refused here, whichever way they came.
	 */
	public void requireNotErased() {
		nl.goedgesprek.shared.Refusal.require(erasedAt == null, "erasure.refused.changed");
	}

	public static String normaliseEmail(String email) {
		return email == null ? null : email.trim().toLowerCase(java.util.Locale.ROOT);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	public EmployeeId id() {
		return EmployeeId.of(id);
	}

	public Integer version() {
		return version;
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

	public TeamId teamId() {
		return teamId;
	}

	public EmployeeId managerId() {
		return managerId;
	}

	public LocalDate employmentStart() {
		return employmentStart;
	}

	public LocalDate employmentEnd() {
		return employmentEnd;
	}

	public boolean active() {
		return active;
	}

	public String passwordHash() {
		return passwordHash;
	}

	public Set<Role> grantedRoles() {
		Set<Role> granted = EnumSet.noneOf(Role.class);
		roles.forEach(grant -> granted.add(grant.role()));
		return granted;
	}

}
