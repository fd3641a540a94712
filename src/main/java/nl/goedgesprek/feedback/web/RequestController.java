package nl.goedgesprek.feedback.web;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.goedgesprek.feedback.internal.AskersRequests;
import nl.goedgesprek.feedback.internal.Reading;
import nl.goedgesprek.feedback.internal.FeedbackAnswer;
import nl.goedgesprek.people.CurrentUser;
import nl.goedgesprek.shared.ContentRead;

/**
 * The asker's own request: who answered (for a request with names), the answers they may read, and
 * per answer whether it goes into their preparation. Withdrawing stops the request.
 */
@Controller
class RequestController {

	static final String VIEW = "feedback/request";

	private final Reading reading;

	private final AskersRequests asking;

	private final ApplicationEventPublisher events;

	RequestController(Reading reading, AskersRequests asking, ApplicationEventPublisher events) {
		this.reading = reading;
		this.asking = asking;
		this.events = events;
	}

	@GetMapping("/feedback/requests/{id}")
	String request(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		Reading.RequestPage page = reading.page(user.id(), id);
		model.addAttribute("page", page);
		model.addAttribute("partnerName", page.conversation().partnerOf(user.id()));
		logNamedReads(user, page);
		return VIEW;
	}

	@PostMapping("/feedback/requests/{id}/withdraw")
	String withdraw(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		asking.withdraw(user.id(), id);
		redirect.addFlashAttribute("notice", "feedback.notice.withdrawn");
		return "redirect:/feedback/requests/" + id;
	}

	@PostMapping("/feedback/requests/{id}/include")
	String include(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam String handle,
			@RequestParam boolean included, RedirectAttributes redirect) {
		asking.include(user.id(), id, handle, included);
		redirect.addFlashAttribute("notice", included ? "feedback.notice.included" : "feedback.notice.excluded");
		return "redirect:/feedback/requests/" + id + "#answer-" + handle;
	}

	/**
	 * Reading a colleague's answer by name is a line in that colleague's read log. Anonymous answers are
	 * not logged: the line would name who wrote them.
	 */
	private void logNamedReads(CurrentUser user, Reading.RequestPage page) {
		if (page.request().anonymous() || page.answers().isEmpty()) {
			return;
		}
		page.asked().stream()
			.filter(asked -> asked.state() == FeedbackAnswer.State.ANSWERED)
			.map(Reading.Asked::id)
			// without the conversation: the colleague's read log must not link to a conversation that is not theirs
			.forEach(author -> events.publishEvent(new ContentRead(user.id().value(), author.value(),
					ContentRead.Kind.FEEDBACK, null, null, java.time.Instant.now())));
	}

}
