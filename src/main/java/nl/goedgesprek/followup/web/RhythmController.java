package nl.goedgesprek.followup.web;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.goedgesprek.conversations.ConversationId;
import nl.goedgesprek.conversations.ConversationSummary;
import nl.goedgesprek.conversations.Conversations;
import nl.goedgesprek.followup.internal.PairRhythms;
import nl.goedgesprek.people.CurrentUser;
import nl.goedgesprek.shared.MessageRef;
import nl.goedgesprek.shared.Refusal;

/** On the record page, either participant sets the pair's own check-in rhythm. */
@Controller
class RhythmController {

	private final Conversations conversations;

	private final PairRhythms rhythms;

	RhythmController(Conversations conversations, PairRhythms rhythms) {
		this.conversations = conversations;
		this.rhythms = rhythms;
	}

	/** Empty goes back to the organisation's rhythm. */
	@PostMapping("/conversations/{id}/record/rhythm")
	String rhythm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) String weeks, RedirectAttributes redirect) {
		Integer chosen;
		try {
			chosen = weeks == null || weeks.isBlank() ? null : Integer.valueOf(weeks.trim());
		}
		catch (NumberFormatException notANumber) {
			redirect.addFlashAttribute("problem", MessageRef.of("rhythm.error.weeks"));
			redirect.addFlashAttribute("typedWeeks", weeks);
			return "redirect:/conversations/" + id + "/record#next";
		}
		// as the record page: for its two participants only, "not found" for anyone else
		ConversationSummary conversation = conversations.forParticipant(user.id(), ConversationId.of(id))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		try {
			rhythms.choose(conversation, chosen);
			redirect.addFlashAttribute("notice", "rhythm.notice.saved");
		}
		catch (Refusal rule) {
			redirect.addFlashAttribute("problem", rule.message());
			redirect.addFlashAttribute("typedWeeks", weeks);
		}
		return "redirect:/conversations/" + id + "/record#next";
	}

}
