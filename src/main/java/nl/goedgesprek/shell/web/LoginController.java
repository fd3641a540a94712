package nl.goedgesprek.shell.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import nl.goedgesprek.people.People;

@Controller
class LoginController {

	static final String VIEW = "shell/login";

	private final People people;

	LoginController(People people) {
		this.people = people;
	}

	@GetMapping("/login")
	String login(Model model) {
		model.addAttribute("demoAccounts", people.demoAccounts());
		model.addAttribute("organisationName", people.organisationName().orElse(null));
		return VIEW;
	}

}
