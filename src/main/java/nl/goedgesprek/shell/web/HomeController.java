package nl.goedgesprek.shell.web;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import nl.goedgesprek.conversations.Conversations;
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

	private final Conversations conversations;

	private final ToDoList toDos;

	HomeController(People people, PeopleAccess access, Conversations conversations, ToDoList toDos) {
		this.toDos = toDos;
		this.people = people;
		this.access = access;
		this.conversations = conversations;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal CurrentUser user, Model model, java.util.Locale locale) {
		model.addAttribute("toDos", toDos.of(user.id(), locale));
		List<Person> reports = people.reportsOf(user.id());
		model.addAttribute("reports", reports);
		model.addAttribute("conversations", conversations.of(user.id()));
		if (access.mayManagePeople(user.id())) {
			model.addAttribute("overview", people.overview());
		}
		return VIEW;
	}

}
