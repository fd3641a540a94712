package nl.goedgesprek.people.scim;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.goedgesprek.people.CurrentUser;
import nl.goedgesprek.people.PeopleAccess;

/**
 * Administrators make and revoke the tokens an identity provider provisions with. A new token is
 * shown once, on the page right after making it; after that only its name and dates are known.
 */
@Controller
@RequestMapping("/admin/organisation/scim")
class ScimTokenController {

	static final String VIEW = "people/scim-tokens";

	private final ScimTokens tokens;

	private final PeopleAccess access;

	ScimTokenController(ScimTokens tokens, PeopleAccess access) {
		this.tokens = tokens;
		this.access = access;
	}

	record TokenForm(@NotBlank(message = "{scim.tokens.error.nameRequired}")
	@Size(max = 100, message = "{scim.tokens.error.nameTooLong}") String name) {
	}

	@GetMapping
	String show(@AuthenticationPrincipal CurrentUser user, Model model) {
		requireAdministrator(user);
		if (!model.containsAttribute("tokenForm")) {
			model.addAttribute("tokenForm", new TokenForm(""));
		}
		model.addAttribute("tokens", tokens.all());
		model.addAttribute("tenantUrl", ServletUriComponentsBuilder.fromCurrentContextPath().path("/scim/v2").toUriString());
		return VIEW;
	}

	@PostMapping
	String create(@AuthenticationPrincipal CurrentUser user, @Validated @ModelAttribute TokenForm tokenForm,
			BindingResult result, Model model, RedirectAttributes redirect) {
		requireAdministrator(user);
		if (result.hasErrors()) {
			return show(user, model);
		}
		// A flash attribute lives until the next page is shown: the secret is shown once, not kept.
		redirect.addFlashAttribute("secret", tokens.create(user.id(), tokenForm.name()));
		redirect.addFlashAttribute("secretName", tokenForm.name().trim());
		return "redirect:/admin/organisation/scim";
	}

	@PostMapping("/{id}/revoke")
	String revoke(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		requireAdministrator(user);
		tokens.revoke(user.id(), id);
		redirect.addFlashAttribute("notice", "scim.tokens.revoked");
		return "redirect:/admin/organisation/scim";
	}

	private void requireAdministrator(CurrentUser user) {
		if (!access.mayManageOrganisation(user.id())) {
			throw new AccessDeniedException("Only administrators connect an identity provider");
		}
	}

}
