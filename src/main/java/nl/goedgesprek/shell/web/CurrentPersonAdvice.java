package nl.goedgesprek.shell.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import nl.goedgesprek.people.CurrentUser;
import nl.goedgesprek.people.People;
import nl.goedgesprek.people.Person;

/**
 * Puts the signed-in person on every page, fresh from the database, so the navigation follows their
 * roles as they are now (someone who just got reports sees "Mijn team" at once).
 */
@ControllerAdvice
class CurrentPersonAdvice {

	private final People people;

	CurrentPersonAdvice(People people) {
		this.people = people;
	}

	@ModelAttribute("me")
	Person me(@AuthenticationPrincipal CurrentUser user) {
		return user == null ? null : people.find(user.id()).orElse(null);
	}

}
