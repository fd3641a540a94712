package nl.goedgesprek.shell;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

import io.micrometer.core.instrument.Counter;

/**
 * Stands before the password check: a sign-in that {@link SignInThrottle} holds up is not checked at
 * all (so even the right password waits) and goes back to the login page, which says how long to wait.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

	private final SignInThrottle throttle;

	private final Counter throttled;

	SignInThrottleFilter(SignInThrottle throttle, Counter throttled) {
		this.throttle = throttle;
		this.throttled = throttled;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("POST".equals(request.getMethod())
				&& "/login".equals(request.getRequestURI().substring(request.getContextPath().length())));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
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
