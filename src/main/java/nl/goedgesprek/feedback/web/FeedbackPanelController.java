package nl.goedgesprek.feedback.web;

import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import nl.goedgesprek.conversations.ConversationId;
import nl.goedgesprek.conversations.ConversationSummary;
import nl.goedgesprek.conversations.Conversations;
import nl.goedgesprek.feedback.internal.Asking;
import nl.goedgesprek.feedback.internal.FeedbackNotFoundException;
import nl.goedgesprek.feedback.internal.Reading;
import nl.goedgesprek.feedback.internal.ShownAnswer;
import nl.goedgesprek.people.CurrentUser;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.people.PeopleAccess;
import nl.goedgesprek.shared.ContentRead;

/**
 * What colleagues' input brings to a conversation's pages, loaded into them by htmx so the
 * conversations module knows nothing of it: the viewer's own requests and the answers they chose, and
 * the answers the other participant chose, once the sharing rule lets the viewer read that preparation.
 */
@Controller
class FeedbackPanelController {

	private final Conversations conversations;

	private final PeopleAccess access;

	private final Reading reading;

	private final ApplicationEventPublisher events;

	FeedbackPanelController(Conversations conversations, PeopleAccess access, Reading reading, ApplicationEventPublisher events) {
		this.conversations = conversations;
		this.access = access;
		this.reading = reading;
		this.events = events;
	}

	@GetMapping("/feedback/panels/{conversationId}")
	String panel(@AuthenticationPrincipal CurrentUser user, @PathVariable long conversationId, Model model) {
		ConversationId id = ConversationId.of(conversationId);
		ConversationSummary conversation = conversations.summary(id)
			.filter(c -> access.maySeeConversationContent(user.id(), c.employeeId(), c.managerId()))
			.orElseThrow(() -> new FeedbackNotFoundException(id));
		EmployeeId other = conversation.participant(conversation.sideOf(user.id()).other());
		List<ShownAnswer> othersChosen = reading.includedIn(user.id(), id, other);
		if (!othersChosen.isEmpty()) {
			events.publishEvent(ContentRead.ofConversation(user.id().value(), other.value(), ContentRead.Kind.FEEDBACK,
					conversationId));
		}
		model.addAttribute("conversation", conversation);
		model.addAttribute("partnerName", conversation.partnerOf(user.id()));
		model.addAttribute("requests", reading.requestsOf(user.id(), id));
		model.addAttribute("ownChosen", reading.includedIn(user.id(), id, user.id()));
		model.addAttribute("othersChosen", othersChosen);
		model.addAttribute("mayAsk", Asking.stillPreparing(conversation, user.id()));
		return "feedback/panel :: panel";
	}

}
