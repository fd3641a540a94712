package nl.goedgesprek.shell.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.servlet.http.HttpServletRequest;
import nl.goedgesprek.people.CurrentUser;
import nl.goedgesprek.people.People;
import nl.goedgesprek.people.Person;

/**
 * What the layout needs on every page: the signed-in person, fresh from the database so the navigation
 * follows their roles as they are now, and the current path for the language switch and the
 * "you are here" mark.
 */
@ControllerAdvice
class LayoutAdvice {

	private final People people;

	LayoutAdvice(People people) {
		this.people = people;
	}

	@ModelAttribute("me")
	Person me(@AuthenticationPrincipal CurrentUser user) {
		return user == null ? null : people.find(user.id()).orElse(null);
	}

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
