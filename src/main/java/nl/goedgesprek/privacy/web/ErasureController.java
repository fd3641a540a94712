package nl.goedgesprek.privacy.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.goedgesprek.people.CurrentUser;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.people.PeopleAccess;
import nl.goedgesprek.privacy.internal.Erasure;
import nl.goedgesprek.shared.Refusal;

/**
 * Erasure on request (art. 17 AVG): a confirmation page that says what goes and what stays, a required
 * reason and the person's name typed to confirm. Administrators only ({@code mayErase}: the address
 * rule, and again here for the person in the address, since nobody erases themselves).
 */
@Controller
class ErasureController {

	static final String VIEW = "privacy/erase";

	private final Erasure erasure;

	private final PeopleAccess access;

	ErasureController(Erasure erasure, PeopleAccess access) {
		this.erasure = erasure;
		this.access = access;
	}

	@GetMapping("/admin/people/{id}/erase")
	String confirm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		Refusal.require(access.mayErase(user.id(), EmployeeId.of(id)), "erasure.refused.notAllowed");
		model.addAttribute("preview", erasure.preview(EmployeeId.of(id)));
		if (!model.containsAttribute("erasureForm")) {
			model.addAttribute("erasureForm", ErasureForm.empty());
		}
		return VIEW;
	}

	@PostMapping("/admin/people/{id}/erase")
	String erase(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Validated @ModelAttribute ErasureForm erasureForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return confirm(user, id, model);
		}
		try {
			erasure.erase(EmployeeId.of(id), user.id(), erasureForm.reason(), erasureForm.confirmName());
		}
		catch (Refusal refused) {
			if (refused.field() == null) {
				throw refused;
			}
			result.rejectValue(refused.field(), refused.messageKey());
			return confirm(user, id, model);
		}
		redirect.addFlashAttribute("notice", "erasure.notice.done");
		return "redirect:/admin/people";
	}

}
