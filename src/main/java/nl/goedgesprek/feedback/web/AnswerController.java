package nl.goedgesprek.feedback.web;

import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import nl.goedgesprek.feedback.internal.Answering;
import nl.goedgesprek.people.CurrentUser;
import nl.goedgesprek.people.People;
import nl.goedgesprek.people.Person;
import nl.goedgesprek.shared.EditClash;
import nl.goedgesprek.shared.MessageRef;
import nl.goedgesprek.shared.Refusal;
import nl.goedgesprek.shared.Dates;

/**
 * The colleague's short page: who asks and why, the questions, whether the answer is shown with their
 * name or gathered anonymously; a draft kept as they type, then answer or decline.
 */
@Controller
class AnswerController {

	static final String VIEW = "feedback/answer";

	static final String SAVED = "feedback/answer :: saved";

	private final Answering answering;

	private final People people;

	private final Clock clock;

	AnswerController(Answering answering, People people, Clock clock) {
		this.answering = answering;
		this.people = people;
		this.clock = clock;
	}

	@GetMapping("/feedback/answers/{id}")
	String page(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		Answering.Asked asked = answering.asked(user.id(), id);
		model.addAttribute("asked", asked);
		model.addAttribute("asker", people.find(asked.request().askerId()).map(Person::name).orElse(""));
		return VIEW;
	}

	/** The autosave (htmx) and "Nu opslaan" (without JavaScript). */
	@PostMapping("/feedback/answers/{id}/draft")
	String draft(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam int version,
			@RequestParam(required = false) String answerOne, @RequestParam(required = false) String answerTwo,
			HtmxRequest hx, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		boolean htmx = hx.isHtmxRequest();
		try {
			model.addAttribute("version", answering.saveDraft(user.id(), id, version, answerOne, answerTwo));
			model.addAttribute("savedAt", LocalTime.now(clock.withZone(Dates.ZONE)).format(DateTimeFormatter.ofPattern("HH:mm")));
		}
		catch (EditClash clash) {
			if (!htmx) {
				throw clash;
			}
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("problem", MessageRef.of("feedback.answer.savedElsewhere"));
		}
		catch (Refusal refusal) {
			if (!htmx) {
				throw refusal;
			}
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("problem", refusal.message());
		}
		if (htmx) {
			return SAVED;
		}
		redirect.addFlashAttribute("notice", "feedback.notice.draftSaved");
		return "redirect:/feedback/answers/" + id;
	}

	@PostMapping("/feedback/answers/{id}")
	String answer(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) String answerOne, @RequestParam(required = false) String answerTwo,
			RedirectAttributes redirect) {
		answering.answer(user.id(), id, answerOne, answerTwo);
		redirect.addFlashAttribute("notice", "feedback.notice.answered");
		return "redirect:/feedback/answers/" + id;
	}

	@PostMapping("/feedback/answers/{id}/decline")
	String decline(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		answering.decline(user.id(), id);
		redirect.addFlashAttribute("notice", "feedback.notice.declined");
		return "redirect:/feedback/answers/" + id;
	}

}
