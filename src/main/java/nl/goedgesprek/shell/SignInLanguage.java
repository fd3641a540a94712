package nl.goedgesprek.shell;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

import nl.goedgesprek.people.CurrentUser;
import nl.goedgesprek.people.People;
import nl.goedgesprek.shared.Links;

/**
 * After signing in: pages speak the language the person chose before, on any device, and the person
 * lands on the page they asked for (a link from a mail) rather than always on the home page. Only a
 * path on this site is followed, never another host.
 */
@Component
class SignInLanguage extends SimpleUrlAuthenticationSuccessHandler {

	private final People people;

	private final LocaleResolver locales;

	private final SignInThrottle throttle;

	private final RequestCache requests;

	SignInLanguage(People people, LocaleResolver locales, SignInThrottle throttle, RequestCache requests) {
		super("/");
		this.people = people;
		this.locales = locales;
		this.throttle = throttle;
		this.requests = requests;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, ServletException {
		throttle.succeeded(request.getParameter("username"), request.getRemoteAddr());
		if (authentication.getPrincipal() instanceof CurrentUser user && people.hasChosenLanguage(user.id())) {
			locales.setLocale(request, response, people.language(user.id()));
		}
		SavedRequest saved = requests.getRequest(request, response);
		requests.removeRequest(request, response);
		clearAuthenticationAttributes(request);
		getRedirectStrategy().sendRedirect(request, response, sameSitePath(saved, request.getContextPath()));
	}

	/** The path and query of the page asked for, or the home page; never a full address. */
	static String sameSitePath(SavedRequest saved, String contextPath) {
		if (saved == null) {
			return "/";
		}
		try {
			URI uri = URI.create(saved.getRedirectUrl());
			String path = uri.getRawPath();
			if (path != null && !contextPath.isEmpty() && path.startsWith(contextPath)) {
				path = path.substring(contextPath.length());
			}
			if (!Links.isLocalPath(path)) {
				return "/";
			}
			String query = uri.getRawQuery();
			// Spring Security marks a saved request with "continue"; the page itself does not need it.
			if (query != null) {
				query = query.replaceAll("(^|&)continue(=[^&]*)?", "").replaceFirst("^&", "");
			}
			return query == null || query.isEmpty() ? path : path + "?" + query;
		}
		catch (IllegalArgumentException e) {
			return "/";
		}
	}

}
