package nl.goedgesprek.shell.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.servlet.http.HttpServletRequest;
import nl.goedgesprek.followup.Inbox;
import nl.goedgesprek.people.CurrentUser;
import nl.goedgesprek.people.May;
import nl.goedgesprek.people.PeopleAccess;
import nl.goedgesprek.people.Person;

/**
 * What the layout needs on every page: the signed-in person, fresh from the database so the navigation
 * follows their roles as they are now, and the current path for the language switch and the
 * "you are here" mark.
 */
@ControllerAdvice
class LayoutAdvice {

	private final PeopleAccess access;

	private final Inbox inbox;

	private final boolean demoMode;

	LayoutAdvice(PeopleAccess access, Inbox inbox, @Value("${goedgesprek.demo.enabled:false}") boolean demoMode) {
		this.access = access;
		this.inbox = inbox;
		this.demoMode = demoMode;
	}

	/** In demo mode admins can read the mail the demo sent, as there is no mail server. */
	@ModelAttribute("demoMode")
	boolean demoMode() {
		return demoMode;
	}

	@ModelAttribute("me")
	Person me(@AuthenticationPrincipal CurrentUser user) {
		return user == null ? null : access.signedIn(user.id()).orElse(null);
	}

	/** What the signed-in person may do, for the navigation and the pages: never a role check in a template. */
	@ModelAttribute("may")
	May may(@AuthenticationPrincipal CurrentUser user) {
		return user == null ? May.NOTHING : access.may(user.id());
	}

	@ModelAttribute("unread")
	Integer unread(@AuthenticationPrincipal CurrentUser user) {
		return user == null ? 0 : inbox.unreadCount(user.id());
	}

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	/**
	 * The same, for a page an exception handler answers (Spring does not run model attribute methods
	 * for those), so an error page keeps the navigation of the signed-in person.
	 */
	void addTo(org.springframework.web.servlet.ModelAndView page, HttpServletRequest request) {
		CurrentUser user = request.getUserPrincipal() instanceof org.springframework.security.core.Authentication auth
				&& auth.getPrincipal() instanceof CurrentUser current ? current : null;
		page.addObject("demoMode", demoMode());
		page.addObject("me", me(user));
		page.addObject("may", may(user));
		page.addObject("unread", unread(user));
		page.addObject("currentPath", currentPath(request));
		page.addObject("currentPage", currentPage(request));
	}

	/** Where the language switch comes back to: this page with its query (filters, page number). */
	@ModelAttribute("currentPage")
	String currentPage(HttpServletRequest request) {
		String query = request.getQueryString();
		return currentPath(request) + (query == null || query.isEmpty() ? "" : "?" + query);
	}

}
