package nl.goedgesprek.shell.web;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import nl.goedgesprek.people.CurrentUser;
import nl.goedgesprek.people.People;
import nl.goedgesprek.people.PeopleAccess;
import nl.goedgesprek.people.Person;

/** The personal home page: what matters to this person today, by the roles they hold. */
@Controller
class HomeController {

	static final String VIEW = "shell/home";

	private final People people;

	private final PeopleAccess access;

	HomeController(People people, PeopleAccess access) {
		this.people = people;
		this.access = access;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal CurrentUser user, Model model) {
		List<Person> reports = people.reportsOf(user.id());
		model.addAttribute("reports", reports);
		if (access.mayManagePeople(user.id())) {
			model.addAttribute("overview", people.overview());
		}
		return VIEW;
	}

}
