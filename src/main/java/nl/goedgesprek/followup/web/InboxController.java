package nl.goedgesprek.followup.web;

import java.time.Clock;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

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

	private final Clock clock;

	InboxController(NotificationRepository notifications, People people, Clock clock) {
		this.notifications = notifications;
		this.people = people;
		this.clock = clock;
	}

	@GetMapping("/inbox")
	String inbox(@AuthenticationPrincipal CurrentUser user, Model model) {
		List<Notification> mine = notifications.findTop50ByRecipientIdOrderByIdDesc(user.id());
		model.addAttribute("items", mine.stream().map(n -> new InboxItem(n, name(n.actorId()))).toList());
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

	private String name(EmployeeId id) {
		return id == null ? "" : people.find(id).map(Person::name).orElse("");
	}

	/** A message with the name of who did it, for the page. */
	public record InboxItem(Notification notification, String actorName) {
	}

}
