package nl.goedgesprek.development.web;

import java.time.Instant;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import nl.goedgesprek.conversations.ConversationId;
import nl.goedgesprek.conversations.ConversationSummary;
import nl.goedgesprek.conversations.Conversations;
import nl.goedgesprek.development.internal.Appreciations;
import nl.goedgesprek.development.internal.DevelopmentPlans;
import nl.goedgesprek.development.internal.Koers;
import nl.goedgesprek.people.CurrentUser;
import nl.goedgesprek.people.PeopleAccess;
import nl.goedgesprek.shared.Dates;

/**
 * What development brings to a conversation's pages, loaded into them by htmx so the conversation
 * module needs no knowledge of development: the koers on the "Koers & toekomst" theme, the current
 * plan on "Ontwikkeling", and the appreciation received since the last conversation. Only for the
 * two participants; the plan and appreciation only while the manager is still the employee's manager.
 */
@Controller
class PanelController {

	private final Conversations conversations;

	private final PeopleAccess access;

	private final Koers koers;

	private final DevelopmentPlans plans;

	private final Appreciations appreciations;

	PanelController(Conversations conversations, PeopleAccess access, Koers koers, DevelopmentPlans plans,
			Appreciations appreciations) {
		this.conversations = conversations;
		this.access = access;
		this.koers = koers;
		this.plans = plans;
		this.appreciations = appreciations;
	}

	@GetMapping("/development/panels/{conversationId}/koers")
	String koers(@AuthenticationPrincipal CurrentUser user, @PathVariable long conversationId, Model model) {
		participantOf(user, conversationId);
		model.addAttribute("goals", koers.active());
		return "development/panels :: koers";
	}

	@GetMapping("/development/panels/{conversationId}/plan")
	String plan(@AuthenticationPrincipal CurrentUser user, @PathVariable long conversationId, Model model) {
		ConversationSummary conversation = participantOf(user, conversationId);
		boolean visible = access.maySeeDevelopment(user.id(), conversation.employeeId());
		model.addAttribute("goals", visible ? plans.of(conversation.employeeId()) : java.util.List.of());
		model.addAttribute("employee", conversation.employeeId());
		return "development/panels :: plan";
	}

	@GetMapping("/development/panels/{conversationId}/appreciation")
	String appreciation(@AuthenticationPrincipal CurrentUser user, @PathVariable long conversationId, Model model) {
		ConversationSummary conversation = participantOf(user, conversationId);
		boolean self = user.id().equals(conversation.employeeId());
		boolean visible = access.maySeeDevelopment(user.id(), conversation.employeeId());
		Instant since = conversations.lastHeldBefore(conversation.employeeId(), conversation.scheduledAt())
			.orElse(conversation.scheduledAt().minusMonths(12))
			.atZone(Dates.ZONE)
			.toInstant();
		model.addAttribute("items", visible ? appreciations.received(conversation.employeeId(), since, !self)
				: java.util.List.of());
		model.addAttribute("employeeName", conversation.employeeName());
		return "development/panels :: appreciation";
	}

	private ConversationSummary participantOf(CurrentUser user, long conversationId) {
		return conversations.summary(ConversationId.of(conversationId))
			.filter(c -> access.maySeeConversationContent(user.id(), c.employeeId(), c.managerId()))
			.orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(
					org.springframework.http.HttpStatus.NOT_FOUND));
	}

}
