package nl.goedgesprek.followup.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.goedgesprek.conversations.ConversationId;
import nl.goedgesprek.followup.internal.PulseAnswers;
import nl.goedgesprek.people.CurrentUser;
import nl.goedgesprek.shared.EditClash;
import nl.goedgesprek.shared.MessageRef;
import nl.goedgesprek.shared.Refusal;

/** On the record page, after signing it: one participant's pulse on the conversation. */
@Controller
class PulseController {

	private final PulseAnswers pulses;

	PulseController(PulseAnswers pulses) {
		this.pulses = pulses;
	}

	@PostMapping("/conversations/{id}/record/pulse")
	String pulse(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(defaultValue = "0") int good, @RequestParam(defaultValue = "0") int heard,
			RedirectAttributes redirect) {
		try {
			pulses.answer(user.id(), ConversationId.of(id), good, heard);
			redirect.addFlashAttribute("notice", "pulse.notice.thanks");
		}
		catch (Refusal rule) {
			redirect.addFlashAttribute("problem", rule.message());
		}
		catch (EditClash conflict) {
			redirect.addFlashAttribute("problem", MessageRef.of("form.conflict.reload"));
		}
		return "redirect:/conversations/" + id + "/record";
	}

}
