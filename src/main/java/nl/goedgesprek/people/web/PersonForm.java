package nl.goedgesprek.people.web;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.people.Person;
import nl.goedgesprek.people.Role;
import nl.goedgesprek.people.TeamId;
import nl.goedgesprek.people.internal.PersonDetails;

/**
 * The add and edit form for a person, as HR and administrators fill it in. The role boxes are
 * {@code Boolean}: a box on the form that is left unticked arrives as {@code false} (through the
 * {@code _hr} marker Thymeleaf adds), a box the form did not show, because the editor may not change
 * that role, arrives as {@code null} and leaves the role as it is.
 */
record PersonForm(
		@NotBlank(message = "{people.form.name.required}") @Size(max = 200, message = "{people.form.name.tooLong}") String name,
		@NotBlank(message = "{people.form.email.required}") @Email(message = "{people.form.email.invalid}")
		@Size(max = 254, message = "{people.form.email.invalid}") String email,
		@Size(max = 120, message = "{people.form.jobTitle.tooLong}") String jobTitle,
		Long teamId,
		Long managerId,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate employmentStart,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate employmentEnd,
		Boolean hr,
		Boolean admin,
		@Size(max = 200, message = "{password.tooLong}") String newPassword,
		Integer version) {

	static PersonForm empty() {
		return new PersonForm("", "", "", null, null, null, null, false, false, "", null);
	}

	static PersonForm of(Person person, Integer version) {
		return new PersonForm(person.name(), person.email(), person.jobTitle(),
				person.teamId() == null ? null : person.teamId().value(),
				person.managerId() == null ? null : person.managerId().value(), person.employmentStart(),
				person.employmentEnd(), person.hasRole(Role.HR), person.hasRole(Role.ADMIN), "", version);
	}

	boolean endsBeforeStart() {
		return employmentStart != null && employmentEnd != null && employmentEnd.isBefore(employmentStart);
	}

	/** What the form says, with the roles it did not show left as they are ({@code current}). */
	PersonDetails details(Set<Role> current) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		if (hr == null ? current.contains(Role.HR) : hr) {
			roles.add(Role.HR);
		}
		if (admin == null ? current.contains(Role.ADMIN) : admin) {
			roles.add(Role.ADMIN);
		}
		return new PersonDetails(name, email, jobTitle, TeamId.of(teamId), employmentStart, employmentEnd, roles);
	}

	EmployeeId manager() {
		return EmployeeId.of(managerId);
	}

}
