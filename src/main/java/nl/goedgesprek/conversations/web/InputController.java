package nl.goedgesprek.conversations.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import nl.goedgesprek.conversations.internal.InputHistory;
import nl.goedgesprek.people.CurrentUser;

/** "Jouw inbreng, wat ermee gebeurde": only ever the signed-in person's own input. */
@Controller
class InputController {

	private final InputHistory history;

	InputController(InputHistory history) {
		this.history = history;
	}

	@GetMapping("/me/input")
	String input(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("conversations", history.of(user.id()));
		model.addAttribute("topics", history.topicsOf(user.id()));
		return "conversations/input";
	}

}
