package nl.goedgesprek.conversations.web;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import nl.goedgesprek.conversations.internal.ConversationQueries;
import nl.goedgesprek.people.CurrentUser;
import nl.goedgesprek.people.PeopleAccess;

/** HR and administrators: which conversations exist and how far they are. Never what was said. */
@Controller
class ConversationOverviewController {

	static final String VIEW = "conversations/admin-overview";

	private final ConversationQueries queries;

	private final PeopleAccess access;

	ConversationOverviewController(ConversationQueries queries, PeopleAccess access) {
		this.queries = queries;
		this.access = access;
	}

	@GetMapping("/admin/conversations")
	String overview(@AuthenticationPrincipal CurrentUser user, Model model) {
		if (!access.mayManagePeople(user.id())) {
			throw new AccessDeniedException("Only HR and administrators see the conversation overview");
		}
		model.addAttribute("conversations", queries.all(500));
		return VIEW;
	}

}
