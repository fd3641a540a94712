package nl.goedgesprek.people.web;

import java.util.Objects;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.goedgesprek.people.CurrentUser;
import nl.goedgesprek.people.internal.AccountPasswords;
import nl.goedgesprek.people.internal.PasswordPolicy;
import nl.goedgesprek.shared.EditClash;
import nl.goedgesprek.shared.Refusal;

/**
 * A signed-in person changes their own password, from "Mijn instellingen": the current one first (a
 * session left open on a shared computer is not enough), then the policy. Their other sessions end;
 * this one stays.
 */
@Controller
@RequestMapping("/me/password")
class OwnPasswordController {

	static final String VIEW = "people/own-password";

	/** The three passwords typed on the page; never shown again. */
	record OwnPasswordForm(String currentPassword, String newPassword, String repeatPassword) {
	}

	private final AccountPasswords passwords;

	OwnPasswordController(AccountPasswords passwords) {
		this.passwords = passwords;
	}

	@GetMapping
	String show(Model model) {
		model.addAttribute("ownPasswordForm", new OwnPasswordForm(null, null, null));
		return page(model);
	}

	@PostMapping
	String change(@AuthenticationPrincipal CurrentUser user, @ModelAttribute OwnPasswordForm ownPasswordForm,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!Objects.equals(ownPasswordForm.newPassword(), ownPasswordForm.repeatPassword())) {
			result.rejectValue("repeatPassword", "passwordLink.repeatDiffers");
			return page(model);
		}
		try {
			passwords.changeOwn(user.id(), ownPasswordForm.currentPassword(), ownPasswordForm.newPassword());
		}
		catch (Refusal rule) {
			Forms.reject(result, rule);
			return page(model);
		}
		catch (EditClash somebodyChangedThePersonMeanwhile) {
			result.reject("form.conflict.reload");
			return page(model);
		}
		redirect.addFlashAttribute("notice", "ownPassword.changed");
		return "redirect:/me/settings#password";
	}

	private static String page(Model model) {
		model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
		return VIEW;
	}

}
