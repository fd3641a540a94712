package nl.goedgesprek.development.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.people.People;
import nl.goedgesprek.people.PeopleAccess;
import nl.goedgesprek.people.Person;
import nl.goedgesprek.people.PersonNotFoundException;
import nl.goedgesprek.shared.Refusal;

/**
 * Who may see and change someone's development. Anyone without the right gets the same "not found"
 * as for an id that does not exist; the manager, who may see but not change the employee's own
 * choices, gets a message saying so.
 */
@Component
class DevelopmentGuard {

	private final PeopleAccess access;

	private final People people;

	DevelopmentGuard(PeopleAccess access, People people) {
		this.access = access;
		this.people = people;
	}

	/** The person whose development the viewer may see. */
	Person visible(EmployeeId viewer, long id) {
		EmployeeId subject = EmployeeId.of(id);
		if (!access.maySeeDevelopment(viewer, subject)) {
			throw new PersonNotFoundException(subject);
		}
		return people.find(subject).orElseThrow(() -> new PersonNotFoundException(subject));
	}

	/** The employee themselves, for what only they decide. */
	Person owner(EmployeeId viewer, long id) {
		Person subject = visible(viewer, id);
		if (!access.mayDecideDevelopment(viewer, subject.id())) {
			throw new Refusal("development.error.ownerOnly");
		}
		return subject;
	}

	/** The employee's current manager, for a suggestion. */
	Person managerOf(EmployeeId viewer, long id) {
		Person subject = visible(viewer, id);
		if (!access.maySuggestDevelopment(viewer, subject.id())) {
			throw new Refusal("development.error.managerOnly");
		}
		return subject;
	}

	void requireCatalogueKeeper(EmployeeId viewer) {
		if (!access.mayManageDevelopmentCatalogues(viewer)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
	}

}
