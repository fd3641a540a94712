package nl.goedgesprek.shell.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import nl.goedgesprek.people.People;

/** The login page, with what went wrong the last time: a wrong password, too many tries, an ended session. */
@Controller
class LoginController {

	static final String VIEW = "shell/login";

	private final People people;

	LoginController(People people) {
		this.people = people;
	}

	/**
	 * The login page; {@code wait} (seconds) says a sign-in was held up by the throttle. A value that is
	 * not a number is ignored rather than answered with an error.
	 */
	@GetMapping("/login")
	String login(@RequestParam(name = "wait", required = false) String wait, Model model) {
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
