package nl.goedgesprek.shell;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * A wrong password counts against the account (see {@link SignInThrottle}) and in the metric
 * {@code goedgesprek.signin.failures} (per node; Prometheus adds the nodes up), then the login page says so.
 * <p>
 * Before the application is ready (the web server answers while the start-up steps, such as loading
 * the demo people, still run; and again while a node shuts down) a refused sign-in is not the
 * person's mistake: it is not counted, and the login page says to try again in a moment.
 */
@Component
class SignInFailures extends SimpleUrlAuthenticationFailureHandler {

	private final SignInThrottle throttle;

	private final Counter failures;

	private final ApplicationAvailability availability;

	SignInFailures(SignInThrottle throttle, MeterRegistry meters, ApplicationAvailability availability) {
		super("/login?error");
		this.throttle = throttle;
		this.availability = availability;
		this.failures = Counter.builder("goedgesprek.signin.failures")
			.description("Sign-ins refused for a wrong address or password")
			.register(meters);
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException, ServletException {
		if (availability.getReadinessState() != ReadinessState.ACCEPTING_TRAFFIC) {
			throttle.notCounted(request.getParameter("username"), request.getRemoteAddr());
			keepTypedAddress(request, response);
			getRedirectStrategy().sendRedirect(request, response, "/login?starting");
			return;
		}
		failures.increment();
		throttle.failed(request.getParameter("username"));
		keepTypedAddress(request, response);
		super.onAuthenticationFailure(request, response, exception);
	}

	/**
	 * The address the person typed comes back in the form (a flash attribute for the login page), so a
	 * wrong password costs retyping the password only. Never the password.
	 */
	static void keepTypedAddress(HttpServletRequest request, HttpServletResponse response) {
		String username = request.getParameter("username");
		if (username != null && !username.isBlank() && username.length() <= 320) {
			org.springframework.web.servlet.FlashMap flash = new org.springframework.web.servlet.FlashMap();
			flash.put("username", username.strip());
			flash.setTargetRequestPath("/login");
			new org.springframework.web.servlet.support.SessionFlashMapManager().saveOutputFlashMap(flash, request,
					response);
		}
	}

}
