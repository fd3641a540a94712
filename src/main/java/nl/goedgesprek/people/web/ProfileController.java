package nl.goedgesprek.people.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import nl.goedgesprek.people.CurrentUser;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.people.People;
import nl.goedgesprek.people.PeopleAccess;
import nl.goedgesprek.people.Person;
import nl.goedgesprek.people.internal.EmployeeRepository;
import nl.goedgesprek.people.internal.Invitations;
import nl.goedgesprek.people.internal.RoleChanges;

/**
 * A person's page: who they are and where they sit. Seen by the person, their own manager, and HR and
 * administrators; anyone else gets "not found", whatever id they try.
 */
@Controller
class ProfileController {

	static final String VIEW = "people/profile";

	private final PeopleAccess access;

	private final People people;

	private final EmployeeRepository employees;

	private final RoleChanges roleChanges;

	private final Invitations invitations;

	ProfileController(PeopleAccess access, People people, EmployeeRepository employees, RoleChanges roleChanges,
			Invitations invitations) {
		this.invitations = invitations;
		this.access = access;
		this.people = people;
		this.employees = employees;
		this.roleChanges = roleChanges;
	}

	@GetMapping("/me")
	String me(@AuthenticationPrincipal CurrentUser user) {
		return "redirect:/people/" + user.id();
	}

	@GetMapping("/people/{id}")
	String profile(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		Person person = access.visibleProfile(user.id(), EmployeeId.of(id));
		model.addAttribute("person", person);
		model.addAttribute("self", person.id().equals(user.id()));
		model.addAttribute("reports", people.reportsOf(person.id()));
		boolean manager = access.mayManagePeople(user.id());
		if (manager) {
			model.addAttribute("version", employees.findById(id).orElseThrow().version());
			model.addAttribute("mayChangeActive", access.mayChangeActive(user.id(), person.id()));
			model.addAttribute("account", invitations.status(person.id()));
			model.addAttribute("mayInvite", access.mayInvite(user.id()));
		}
		// The person concerned sees who gave or took which role; so do those who manage roles.
		if (person.id().equals(user.id()) || manager) {
			model.addAttribute("roleChanges", roleChanges.of(person.id()));
		}
		return VIEW;
	}

}
