package nl.goedgesprek.followup.web;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.goedgesprek.conversations.ConversationId;
import nl.goedgesprek.followup.internal.AgreementReviews;
import nl.goedgesprek.people.CurrentUser;
import nl.goedgesprek.shared.EditClash;
import nl.goedgesprek.shared.MessageRef;
import nl.goedgesprek.shared.Refusal;

/** On the talk page: one participant's "did it help?" for a finished agreement from an earlier conversation. */
@Controller
class ReviewController {

	/** Both sides answering the same agreement at once: the loser tries again on top of the other's answer. */
	private static final int ATTEMPTS = 3;

	private final AgreementReviews reviews;

	ReviewController(AgreementReviews reviews) {
		this.reviews = reviews;
	}

	@PostMapping("/conversations/{id}/reviews/{agreementId}")
	String review(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long agreementId,
			@RequestParam AgreementReviews.Helped helped, HtmxRequest htmx, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			answer(user, id, agreementId, helped);
		}
		catch (Refusal | EditClash e) {
			if (htmx.isHtmxRequest()) {
				response.setStatus(HttpStatus.CONFLICT.value());
				return null;
			}
			redirect.addFlashAttribute("problem", MessageRef.of(e instanceof Refusal rule
					? rule.messageKey() : "form.conflict.reload"));
		}
		if (htmx.isHtmxRequest()) {
			response.setStatus(HttpStatus.NO_CONTENT.value());
			return null;
		}
		return "redirect:/conversations/" + id + "/talk#helped";
	}

	private void answer(CurrentUser user, long id, long agreementId, AgreementReviews.Helped helped) {
		for (int attempt = 1;; attempt++) {
			try {
				reviews.answer(user.id(), ConversationId.of(id), agreementId, helped);
				return;
			}
			catch (EditClash conflict) {
				if (attempt == ATTEMPTS) {
					throw conflict;
				}
			}
		}
	}

}
