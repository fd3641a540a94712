package nl.goedgesprek.people;

import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;

import nl.goedgesprek.people.AccessRules.Subject;
import nl.goedgesprek.people.AccessRules.Viewer;
import nl.goedgesprek.people.internal.PersonQueries;

/**
 * The single place that answers "may this person see or do this to that person's data?". It reads
 * the current facts (roles, reporting lines) and lets {@link AccessRules} decide. Controllers and
 * other modules ask here; nobody re-implements a rule.
 */
@Service
public class PeopleAccess {

	private final PersonQueries people;

	PeopleAccess(PersonQueries people) {
		this.people = people;
	}

	public boolean maySeeProfile(EmployeeId viewer, EmployeeId subject) {
		Optional<Person> person = people.find(subject);
		return person.isPresent() && viewer(viewer).map(v -> AccessRules.maySeeProfile(v, subject(person.get())))
			.orElse(false);
	}

	/**
	 * The person, if the viewer may see them.
	 * @throws PersonNotFoundException when there is no such person or the viewer may not see them
	 */
	public Person visibleProfile(EmployeeId viewer, EmployeeId subject) {
		Viewer who = viewer(viewer).orElseThrow(() -> new PersonNotFoundException(subject));
		return people.find(subject)
			.filter(person -> AccessRules.maySeeProfile(who, subject(person)))
			.orElseThrow(() -> new PersonNotFoundException(subject));
	}

	public boolean mayManagePeople(EmployeeId viewer) {
		return viewer(viewer).map(AccessRules::mayManagePeople).orElse(false);
	}

	public boolean mayManageCards(EmployeeId viewer) {
		return viewer(viewer).map(AccessRules::mayManageCards).orElse(false);
	}

	public boolean mayManageOrganisation(EmployeeId viewer) {
		return viewer(viewer).map(AccessRules::mayManageOrganisation).orElse(false);
	}

	/** Whether the viewer may read a conversation between this employee and this manager. */
	public boolean maySeeConversationContent(EmployeeId viewer, EmployeeId employee, EmployeeId manager) {
		return viewer(viewer).map(v -> AccessRules.maySeeConversationContent(v, employee, manager)).orElse(false);
	}

	/**
	 * Whether the viewer may read the record of an earlier conversation of this employee that the
	 * employee shared with them ({@code sharedWithViewer}): only as the employee's manager now.
	 */
	public boolean maySeeSharedRecord(EmployeeId viewer, EmployeeId employee, boolean sharedWithViewer) {
		Optional<Person> person = people.find(employee);
		return person.isPresent() && viewer(viewer)
			.map(v -> AccessRules.maySeeSharedRecord(v, subject(person.get()), sharedWithViewer))
			.orElse(false);
	}

	public boolean maySeeDevelopment(EmployeeId viewer, EmployeeId subject) {
		Optional<Person> person = people.find(subject);
		return person.isPresent()
				&& viewer(viewer).map(v -> AccessRules.maySeeDevelopment(v, subject(person.get()))).orElse(false);
	}

	public boolean mayManageDevelopmentCatalogues(EmployeeId viewer) {
		return viewer(viewer).map(AccessRules::mayManageDevelopmentCatalogues).orElse(false);
	}

	/** A deactivated person has no rights at all, whatever roles they once held. */
	private Optional<Viewer> viewer(EmployeeId id) {
		return people.find(id).filter(Person::active).map(person -> new Viewer(person.id(), person.managerId(), Set.copyOf(person.roles())));
	}

	private static Subject subject(Person person) {
		return new Subject(person.id(), person.managerId());
	}

}
