package nl.goedgesprek.conversations.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import nl.goedgesprek.conversations.internal.RecordShares;
import nl.goedgesprek.people.CurrentUser;
import nl.goedgesprek.shared.ContentRead;

/**
 * The record of an earlier conversation, read only, for the manager an employee shared it with
 * after moving to them. Everyone else, the participants included, gets "not found" here: they have
 * the record itself.
 */
@Controller
class SharedRecordController {

	private final ConversationViews views;

	private final RecordShares shares;

	SharedRecordController(ConversationViews views, RecordShares shares) {
		this.views = views;
		this.shares = shares;
	}

	@GetMapping("/conversations/{id}/shared")
	String sharedRecord(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		ConversationView view = views.sharedRecord(user.id(), id);
		model.addAttribute("view", view);
		views.read(user.id(), view, ContentRead.Kind.SHARED_RECORD);
		model.addAttribute("sharedAt", shares.sharedAt(view.conversation().id(), user.id()).orElseThrow());
		return "conversations/shared-record";
	}

}
