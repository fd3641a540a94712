package nl.goedgesprek.conversations.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.goedgesprek.conversations.ConversationId;
import nl.goedgesprek.conversations.internal.Talking;
import nl.goedgesprek.people.CurrentUser;
import nl.goedgesprek.shared.Refusal;

/**
 * Making an agreement during the conversation, and withdrawing one made by mistake, on the talk page
 * ({@link TalkController}); what becomes of an agreement afterwards is followup's.
 */
@Controller
@RequestMapping("/conversations/{id}/agreements")
class AgreementMakingController {

	private final Talking talking;

	private final ConversationViews views;

	AgreementMakingController(Talking talking, ConversationViews views) {
		this.talking = talking;
		this.views = views;
	}

	@PostMapping
	String makeAgreement(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Validated @ModelAttribute AgreementForm agreementForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				talking.makeAgreement(user.id(), ConversationId.of(id), agreementForm.description(),
						agreementForm.owner(), agreementForm.dueDate(), agreementForm.themeKey());
				redirect.addFlashAttribute("notice", "agreement.notice.made");
				return "redirect:/conversations/" + id + "/talk#agreements";
			}
			catch (Refusal rule) {
				redirect.addFlashAttribute("problem", rule.message());
				return "redirect:/conversations/" + id;
			}
		}
		views.showTalk(user.id(), id, model);
		return TalkController.VIEW;
	}

	@PostMapping("/{agreementId}/withdraw")
	String withdraw(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long agreementId,
			RedirectAttributes redirect) {
		return Steps.run(id, () -> talking.withdrawAgreement(user.id(), ConversationId.of(id), agreementId),
				"/talk#agreements", redirect);
	}

}
