package nl.goedgesprek.people.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import nl.goedgesprek.people.internal.AccountLinkSettings;
import nl.goedgesprek.people.internal.PasswordResets;

/**
 * "Wachtwoord vergeten": asks for an address and always answers the same, at once: the reset itself
 * (looking the address up, making a link, queuing the mail) runs after the answer, in the background,
 * so neither the page nor the time it takes tells whether the address belongs to someone.
 */
@Controller
@RequestMapping("/password/forgotten")
class ForgottenPasswordController {

	static final String VIEW = "people/password-forgotten";

	private final PasswordResets resets;

	private final ResetThrottle throttle;

	private final TaskExecutor background;

	private final AccountLinkSettings settings;

	ForgottenPasswordController(PasswordResets resets, ResetThrottle throttle,
			@Qualifier("applicationTaskExecutor") TaskExecutor background, AccountLinkSettings settings) {
		this.resets = resets;
		this.throttle = throttle;
		this.background = background;
		this.settings = settings;
	}

	@GetMapping
	String ask(Model model) {
		model.addAttribute("validMinutes", settings.resetValidFor().toMinutes());
		return VIEW;
	}

	@PostMapping
	String request(@RequestParam(name = "email", required = false) String email, HttpServletRequest request) {
		if (email != null && !email.isBlank() && throttle.allow(email, request.getRemoteAddr())) {
			background.execute(() -> resets.request(email));
		}
		return "redirect:/password/forgotten?sent";
	}

}
