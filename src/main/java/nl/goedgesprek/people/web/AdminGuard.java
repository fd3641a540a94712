package nl.goedgesprek.people.web;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import nl.goedgesprek.people.CurrentUser;
import nl.goedgesprek.people.PeopleAccess;

/**
 * Checks the fresh roles behind every admin page, on top of the URL rules that read the roles held at
 * sign-in: a role taken away today takes effect on the next click, not the next sign-in.
 */
@Component
class AdminGuard {

	private final PeopleAccess access;

	AdminGuard(PeopleAccess access) {
		this.access = access;
	}

	void requirePeopleManager(CurrentUser user) {
		if (!access.mayManagePeople(user.id())) {
			throw new AccessDeniedException("Only HR and administrators manage people");
		}
	}

	void requireInviter(CurrentUser user) {
		if (!access.mayInvite(user.id())) {
			throw new AccessDeniedException("Only HR and administrators send invitations");
		}
	}

	void requireOrganisationManager(CurrentUser user) {
		if (!access.mayManageOrganisation(user.id())) {
			throw new AccessDeniedException("Only administrators manage the organisation");
		}
	}

}
