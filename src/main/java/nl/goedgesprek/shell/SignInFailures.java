package nl.goedgesprek.shell;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * A wrong password counts against the account (see {@link SignInThrottle}) and in the metric
 * {@code goedgesprek.signin.failures} (per node; Prometheus adds the nodes up), then the login page says so.
 */
@Component
class SignInFailures extends SimpleUrlAuthenticationFailureHandler {

	private final SignInThrottle throttle;

	private final Counter failures;

	SignInFailures(SignInThrottle throttle, MeterRegistry meters) {
		super("/login?error");
		this.throttle = throttle;
		this.failures = Counter.builder("goedgesprek.signin.failures")
			.description("Sign-ins refused for a wrong address or password")
			.register(meters);
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException, ServletException {
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
