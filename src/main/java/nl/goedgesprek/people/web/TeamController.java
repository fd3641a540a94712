package nl.goedgesprek.people.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import nl.goedgesprek.people.CurrentUser;
import nl.goedgesprek.people.People;

/** The manager's own team: the people who report to them, and nobody else. */
@Controller
class TeamController {

	static final String VIEW = "people/my-team";

	private final People people;

	TeamController(People people) {
		this.people = people;
	}

	@GetMapping("/team")
	String myTeam(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("reports", people.reportsOf(user.id()));
		return VIEW;
	}

}
