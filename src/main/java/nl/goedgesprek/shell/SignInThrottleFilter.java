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
 * again in a moment instead.
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

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("POST".equals(request.getMethod())
				&& "/login".equals(request.getRequestURI().substring(request.getContextPath().length())));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (availability.getReadinessState() != ReadinessState.ACCEPTING_TRAFFIC) {
			SignInFailures.keepTypedAddress(request, response);
			response.sendRedirect(request.getContextPath() + "/login?starting");
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
