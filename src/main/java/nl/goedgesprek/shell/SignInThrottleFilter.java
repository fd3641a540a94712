package nl.goedgesprek.shell;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.web.filter.OncePerRequestFilter;

import io.micrometer.core.instrument.Counter;

/**
 * Stands before the password check: a sign-in that {@link SignInThrottle} holds up is not checked at
 * all (so even the right password waits) and goes back to the login page, which says how long to wait.
 * <p>
 * Before the application is ready, no password is checked either. The web server answers while the
 * start-up steps still run (the demo people are loaded after it; on PostgreSQL a node may wait for
 * another's start-up lock), and again while a node shuts down: a sign-in then would be refused as if
 * the password were wrong, or count as a guess, or escape the throttle. The login page says to try
 * again in a moment instead. The same holds for signing in through the organisation's identity
 * provider: neither the way out to it nor the way back is followed before the node is ready (the
 * person would be refused as unknown for want of the people), so this filter stands before Spring
 * Security's OAuth2 filters. The throttle itself counts passwords only; the provider guards its own.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

	private final SignInThrottle throttle;

	private final Counter throttled;

	private final ApplicationAvailability availability;

	SignInThrottleFilter(SignInThrottle throttle, Counter throttled, ApplicationAvailability availability) {
		this.throttle = throttle;
		this.throttled = throttled;
		this.availability = availability;
	}

	/** Where Spring Security sends a person to the provider, and where the provider sends them back. */
	private static final String TO_THE_PROVIDER = "/oauth2/authorization/", FROM_THE_PROVIDER = "/login/oauth2/code/";

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !passwordSignIn(request) && !singleSignOn(request);
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	private static boolean passwordSignIn(HttpServletRequest request) {
		return "POST".equals(request.getMethod()) && "/login".equals(path(request));
	}

	private static boolean singleSignOn(HttpServletRequest request) {
		return path(request).startsWith(TO_THE_PROVIDER) || path(request).startsWith(FROM_THE_PROVIDER);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (availability.getReadinessState() != ReadinessState.ACCEPTING_TRAFFIC) {
			SignInFailures.keepTypedAddress(request, response);
			response.sendRedirect(request.getContextPath() + "/login?starting");
			return;
		}
		if (!passwordSignIn(request)) {
			chain.doFilter(request, response);
			return;
		}
		Optional<Duration> wait = throttle.attempt(request.getParameter("username"), request.getRemoteAddr());
		if (wait.isPresent()) {
			throttled.increment();
			SignInFailures.keepTypedAddress(request, response);
			response.sendRedirect(request.getContextPath() + "/login?wait=" + wait.get().toSeconds());
			return;
		}
		chain.doFilter(request, response);
	}

}
