package nl.goedgesprek.insights.web;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import nl.goedgesprek.insights.internal.ConversationsAsManager;
import nl.goedgesprek.people.CurrentUser;
import nl.goedgesprek.people.PeopleAccess;
import nl.goedgesprek.people.PersonNotFoundException;

/**
 * "Mijn gesprekken als leidinggevende": always the signed-in person's own conversations as a manager.
 * The address names nobody, so nobody can ask for another manager's view: not HR, not one's own
 * manager.
 */
@Controller
class ConversationsAsManagerController {

	static final String VIEW = "insights/as-manager";

	private final ConversationsAsManager figures;

	private final PeopleAccess access;

	private final Clock clock;

	ConversationsAsManagerController(ConversationsAsManager figures, PeopleAccess access, Clock clock) {
		this.figures = figures;
		this.access = access;
		this.clock = clock;
	}

	@GetMapping("/me/as-manager")
	String view(@AuthenticationPrincipal CurrentUser user, Model model) {
		if (!access.maySeeOwnConversationsAsManager(user.id(), user.id())) {
			throw new PersonNotFoundException(user.id());
		}
		model.addAttribute("view", figures.of(user.id(), LocalDate.now(clock)));
		return VIEW;
	}

}
