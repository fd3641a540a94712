package nl.goedgesprek.cards.web;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import nl.goedgesprek.people.CurrentUser;
import nl.goedgesprek.people.PeopleAccess;

/** Checks, fresh on every request, that the user may keep the praatkaarten (HR and administrators). */
@Component
class CardGuard {

	private final PeopleAccess access;

	CardGuard(PeopleAccess access) {
		this.access = access;
	}

	void check(CurrentUser user) {
		if (!access.mayManageCards(user.id())) {
			throw new AccessDeniedException("Only HR and administrators keep the conversation cards");
		}
	}

}
