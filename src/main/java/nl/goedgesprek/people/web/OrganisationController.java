package nl.goedgesprek.people.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.goedgesprek.people.CurrentUser;
import nl.goedgesprek.people.internal.Organisation;
import nl.goedgesprek.people.internal.OrganisationSettings;
import nl.goedgesprek.shared.EditClash;

/** Administrators: the organisation's name and the date the works council consented (art. 27 WOR). */
@Controller
@RequestMapping("/admin/organisation")
class OrganisationController {

	static final String VIEW = "people/organisation";

	private final OrganisationSettings settings;

	private final AdminGuard guard;

	OrganisationController(OrganisationSettings settings, AdminGuard guard) {
		this.settings = settings;
		this.guard = guard;
	}

	@GetMapping
	String show(@AuthenticationPrincipal CurrentUser user, Model model) {
		guard.requireOrganisationManager(user);
		model.addAttribute("organisationForm", OrganisationForm.of(settings.current()));
		return VIEW;
	}

	@PostMapping
	String save(@AuthenticationPrincipal CurrentUser user, @Validated @ModelAttribute OrganisationForm organisationForm,
			BindingResult result, Model model, RedirectAttributes redirect) {
		guard.requireOrganisationManager(user);
		if (result.hasErrors()) {
			return VIEW;
		}
		try {
			settings.update(organisationForm.version(), organisationForm.name(), organisationForm.worksCouncilConsentDate(),
					organisationForm.rhythm());
		}
		catch (EditClash conflict) {
			Organisation stored = settings.current();
			model.addAttribute("organisationForm", new OrganisationForm(organisationForm.name(),
					organisationForm.worksCouncilConsentDate(), organisationForm.checkInWeeks(),
					organisationForm.annualMonths(), organisationForm.themeMonths(), stored.version()));
			model.addAttribute("stored", stored);
			return VIEW;
		}
		redirect.addFlashAttribute("notice", "organisation.notice.saved");
		return "redirect:/admin/organisation";
	}

}
