package nl.goedgesprek.shell.sso;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

import nl.goedgesprek.people.EmployeeId;

/**
 * The provider vouched for someone we do not let in. Spring Security's sign-in contract needs an
 * authentication exception to reach the failure handler; this one carries what the refusal page and
 * the audit trail need (the reason, whose address it was), and never the token.
 */
final class SsoRefusal extends OAuth2AuthenticationException {

	private final transient EmployeeId subject;

	private final String email;

	SsoRefusal(String reason, EmployeeId subject, String email) {
		super(new OAuth2Error(reason));
		this.subject = subject;
		this.email = email;
	}

	String reason() {
		return getError().getErrorCode();
	}

	EmployeeId subject() {
		return subject;
	}

	String email() {
		return email;
	}

}
