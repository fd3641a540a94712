package nl.goedgesprek.shell.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import nl.goedgesprek.people.People;
import nl.goedgesprek.people.SignInOptions;

/** The login page, with what went wrong the last time: a wrong password, too many tries, an ended session. */
@Controller
class LoginController {

	static final String VIEW = "shell/login";

	private final People people;

	private final SignInOptions options;

	LoginController(People people, SignInOptions options) {
		this.people = people;
		this.options = options;
	}

	/**
	 * The login page; {@code wait} (seconds) says a sign-in was held up by the throttle. A value that is
	 * not a number is ignored rather than answered with an error. With single sign-on as the only way
	 * in, the password form is shown only to the break-glass administrator who asks for it
	 * ({@code noodtoegang}), or again after their password was refused.
	 */
	@GetMapping("/login")
	String login(@RequestParam(name = "wait", required = false) String wait,
			@RequestParam(name = "noodtoegang", required = false) String breakGlass,
			@RequestParam(name = "error", required = false) String error, Model model) {
		boolean breakGlassAsked = options.breakGlassConfigured() && (breakGlass != null || error != null || wait != null);
		model.addAttribute("signInOptions", options);
		model.addAttribute("passwordForm", options.passwordsAllowed() || breakGlassAsked);
		model.addAttribute("breakGlassLink", options.ssoOnly() && options.breakGlassConfigured() && !breakGlassAsked);
		if (wait != null && wait.matches("\\d{1,6}")) {
			long seconds = Long.parseLong(wait);
			model.addAttribute("waitMinutes", seconds > 90 ? (seconds + 59) / 60 : null);
			model.addAttribute("waitSeconds", seconds > 90 ? null : Math.max(1, seconds));
		}
		model.addAttribute("demoAccounts", people.demoAccounts());
		model.addAttribute("organisationName", people.organisationName().orElse(null));
		return VIEW;
	}

}
