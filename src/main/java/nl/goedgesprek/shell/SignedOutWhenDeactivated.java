package nl.goedgesprek.shell;

import java.io.IOException;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import nl.goedgesprek.people.CurrentUser;
import nl.goedgesprek.people.PeopleAccess;
import nl.goedgesprek.people.Person;

/**
 * A person deactivated while signed in (by HR, or by the identity provider through SCIM) is out at
 * their next click: their session ends and the request goes on as nobody's, so the usual sign-in
 * page or htmx refresh follows. Asked on every request, on every instance, from the fact as it is
 * now (once per request, shared with the address rules and the navigation).
 */
final class SignedOutWhenDeactivated extends OncePerRequestFilter {

	private final PeopleAccess access;

	SignedOutWhenDeactivated(PeopleAccess access) {
		this.access = access;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user
				&& access.signedIn(user.id()).filter(Person::active).isEmpty()) {
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
			SecurityContextHolder.clearContext();
		}
		chain.doFilter(request, response);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/img/")
				|| path.startsWith("/webjars/");
	}

}
