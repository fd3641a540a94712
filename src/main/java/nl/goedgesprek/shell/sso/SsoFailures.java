package nl.goedgesprek.shell.sso;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.people.SingleSignOn;

/**
 * A refused single sign-on goes to its own page, in the person's language, which says why (not the
 * login form's "e-mailadres en wachtwoord horen niet bij elkaar"), and to the audit trail. The reason
 * travels in the session, so the page's address holds nothing anyone could forge or read back.
 */
final class SsoFailures implements AuthenticationFailureHandler {

	/** The session attribute the refusal page reads. */
	static final String REFUSAL = SsoFailures.class.getName() + ".refusal";

	/** Where the page is. */
	static final String PAGE = "/login/sso-refused";

	/**
	 * Answers at the return address that belong to no sign-in we started (someone opened or forged the
	 * address): not worth a line in the trail, which would otherwise fill at anyone's wish.
	 */
	private static final Set<String> STRAY = Set.of("invalid_request", "authorization_request_not_found");

	private static final Logger log = LoggerFactory.getLogger(SsoFailures.class);

	private final SingleSignOn people;

	SsoFailures(SingleSignOn people) {
		this.people = people;
	}

	/** What the refusal page shows: why, and which address it was about (if the provider sent one). */
	record Refusal(String reason, String email) implements java.io.Serializable {
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String reason;
		EmployeeId subject = null;
		String email = null;
		if (exception instanceof SsoRefusal refusal) {
			reason = refusal.reason();
			subject = refusal.subject();
			email = refusal.email();
		}
		else if (exception instanceof OAuth2AuthenticationException oauth) {
			reason = code(oauth.getError().getErrorCode());
			// The description can quote claims; the code alone is safe to log.
			log.info("Single sign-on failed: {}", reason);
		}
		else {
			// The request to the provider could not be made (discovery failed, the provider is unreachable).
			reason = "provider_unreachable";
			log.warn("Single sign-on could not reach the provider: {}", exception.getMessage());
		}
		if (!STRAY.contains(reason)) {
			people.refused(reason, subject);
		}
		request.getSession().setAttribute(REFUSAL, new Refusal(reason, email));
		response.sendRedirect(request.getContextPath() + PAGE);
	}

	/** An error code as the provider sent it may be anything: keep it short and plain. */
	static String code(String sent) {
		if (sent == null || sent.isBlank()) {
			return "unknown_error";
		}
		String plain = sent.replaceAll("[^A-Za-z0-9_.-]", "");
		return plain.isEmpty() ? "unknown_error" : plain.substring(0, Math.min(plain.length(), 40));
	}

}
