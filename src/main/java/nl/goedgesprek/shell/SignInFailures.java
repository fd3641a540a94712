package nl.goedgesprek.shell;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/** A wrong password counts against the account (see {@link SignInThrottle}), then the login page says so. */
@Component
class SignInFailures extends SimpleUrlAuthenticationFailureHandler {

	private final SignInThrottle throttle;

	SignInFailures(SignInThrottle throttle) {
		super("/login?error");
		this.throttle = throttle;
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException, ServletException {
		throttle.failed(request.getParameter("username"));
		super.onAuthenticationFailure(request, response, exception);
	}

}
