package nl.goedgesprek.shell.sso;

import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import nl.goedgesprek.people.SignInOptions;
import nl.goedgesprek.people.SingleSignOn;

/**
 * The page a refused single sign-on lands on: why, in the person's language, and what to do. The
 * reason stays in the session until the next try, so switching language on this page keeps it;
 * opened without a refusal it says only that signing in did not work.
 */
@Controller
class SsoRefusedController {

	static final String VIEW = "shell/sso-refused";

	private static final java.util.Set<String> EXPLAINED = java.util.Set.of(SingleSignOn.UNKNOWN_EMAIL,
			SingleSignOn.UNVERIFIED_EMAIL, SingleSignOn.NO_EMAIL, SingleSignOn.INACTIVE, "provider_unreachable",
			"access_denied");

	private final SignInOptions options;

	SsoRefusedController(SignInOptions options) {
		this.options = options;
	}

	@GetMapping(SsoFailures.PAGE)
	String refused(HttpSession session, Model model) {
		Object kept = session.getAttribute(SsoFailures.REFUSAL);
		SsoFailures.Refusal refusal = kept instanceof SsoFailures.Refusal r ? r : null;
		String reason = refusal != null && EXPLAINED.contains(refusal.reason()) ? refusal.reason() : "other";
		model.addAttribute("reason", reason);
		model.addAttribute("email", refusal == null ? null : refusal.email());
		model.addAttribute("providerName", options.ssoName());
		return VIEW;
	}

}
