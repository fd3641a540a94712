package nl.goedgesprek.followup.web;

import java.time.Clock;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.goedgesprek.conversations.AgreementFacts;
import nl.goedgesprek.conversations.ConversationSummary;
import nl.goedgesprek.conversations.Conversations;
import nl.goedgesprek.followup.NotificationKind;
import nl.goedgesprek.followup.internal.Notification;
import nl.goedgesprek.followup.internal.NotificationRepository;
import nl.goedgesprek.people.CurrentUser;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.people.People;
import nl.goedgesprek.people.Person;

/** Your own inbox: what happened that you need to know about. Only ever your own messages. */
@Controller
class InboxController {

	static final String VIEW = "followup/inbox";

	private final NotificationRepository notifications;

	private final People people;

	private final Conversations conversations;

	private final Clock clock;

	InboxController(NotificationRepository notifications, People people, Conversations conversations, Clock clock) {
		this.conversations = conversations;
		this.notifications = notifications;
		this.people = people;
		this.clock = clock;
	}

	@GetMapping("/inbox")
	String inbox(@AuthenticationPrincipal CurrentUser user, Model model) {
		List<Notification> mine = notifications.findTop50ByRecipientIdOrderByIdDesc(user.id());
		// "Sign it" is done once signed: that message leaves the inbox (the record stays on the home page's list
		// until then too).
		model.addAttribute("items", mine.stream()
			.filter(n -> n.kind() != NotificationKind.RECORD_READY || n.conversationId() == null
					|| !conversations.recordSeenBy(n.conversationId(), user.id()))
			.map(n -> item(n, user.id()))
			.toList());
		return VIEW;
	}

	@PostMapping("/inbox/read")
	String markAllRead(@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		List<Notification> unread = notifications.findTop50ByRecipientIdOrderByIdDesc(user.id())
			.stream()
			.filter(Notification::unread)
			.toList();
		unread.forEach(n -> n.markRead(clock.instant()));
		notifications.saveAll(unread);
		redirect.addFlashAttribute("notice", "inbox.notice.read");
		return "redirect:/inbox";
	}

	/** Every line names its subject: the agreement's words, or the conversation's kind and date. */
	private InboxItem item(Notification n, EmployeeId viewer) {
		String agreement = n.agreementId() == null ? null
				: conversations.agreementOf(viewer, n.agreementId()).map(AgreementFacts::description).orElse(null);
		ConversationSummary about = n.conversationId() == null ? null : conversations.summary(n.conversationId()).orElse(null);
		return new InboxItem(n, name(n.actorId()), agreement,
				about == null ? "inbox.conversationUnknown" : "conversation.kindInText." + about.kind().name(),
				about == null ? null : about.scheduledAt());
	}

	private String name(EmployeeId id) {
		return id == null ? "" : people.find(id).map(Person::name).orElse("");
	}

	/**
	 * A message with the name of who did it and what it is about, for the page.
	 * @param agreement the agreement's words, when the reader may read them; else null
	 * @param kindKey the message key of the conversation's kind as it reads mid-sentence
	 * @param scheduledAt when the conversation is (was) planned, or null
	 */
	public record InboxItem(Notification notification, String actorName, String agreement, String kindKey,
			java.time.LocalDateTime scheduledAt) {
	}

}
