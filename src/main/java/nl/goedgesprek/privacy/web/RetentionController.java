package nl.goedgesprek.privacy.web;

import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.goedgesprek.people.CurrentUser;
import nl.goedgesprek.people.People;
import nl.goedgesprek.privacy.internal.LegalHolds;
import nl.goedgesprek.privacy.internal.RetentionRuns;
import nl.goedgesprek.privacy.internal.RetentionTerms;
import nl.goedgesprek.shared.EditClash;
import nl.goedgesprek.shared.Refusal;

/**
 * Retention: the terms, what the next run removes (a dry run, counts only), the legal holds, running it
 * now, and the report of every run. HR may look; only administrators change anything (address rules in
 * the shell's {@code SecurityConfiguration}: {@code maySeeRetention}, {@code mayManageRetention}).
 */
@Controller
class RetentionController {

	static final String VIEW = "privacy/retention";

	static final String HERE = "redirect:/admin/privacy/retention";

	private final RetentionTerms terms;

	private final RetentionRuns runs;

	private final LegalHolds holds;

	private final People people;

	RetentionController(RetentionTerms terms, RetentionRuns runs, LegalHolds holds, People people) {
		this.terms = terms;
		this.runs = runs;
		this.holds = holds;
		this.people = people;
	}

	@GetMapping("/admin/privacy/retention")
	String show(@RequestParam(defaultValue = "0") int page, Model model) {
		if (!model.containsAttribute("retentionTermsForm")) {
			model.addAttribute("retentionTermsForm", RetentionTermsForm.of(terms.current()));
		}
		if (!model.containsAttribute("legalHoldForm")) {
			model.addAttribute("legalHoldForm", LegalHoldForm.empty());
		}
		model.addAttribute("next", runs.dryRun());
		model.addAttribute("reports", runs.reports(page));
		model.addAttribute("holds", holds.active());
		model.addAttribute("latestUntil", holds.latestUntil());
		model.addAttribute("maxYears", LegalHolds.MAX_YEARS);
		model.addAttribute("runKey", UUID.randomUUID().toString());
		return VIEW;
	}

	@PostMapping("/admin/privacy/retention")
	String change(@AuthenticationPrincipal CurrentUser user, @Validated @ModelAttribute RetentionTermsForm retentionTermsForm,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return show(0, model);
		}
		try {
			terms.change(retentionTermsForm.terms(), user.id());
		}
		catch (EditClash clash) {
			RetentionTerms.Terms stored = terms.current();
			model.addAttribute("stored", stored);
			model.addAttribute("retentionTermsForm", new RetentionTermsForm(retentionTermsForm.records(),
					retentionTermsForm.drafts(), retentionTermsForm.readLog(), retentionTermsForm.mail(),
					retentionTermsForm.inbox(), stored.version()));
			return show(0, model);
		}
		redirect.addFlashAttribute("notice", "retention.notice.saved");
		return HERE;
	}

	@PostMapping("/admin/privacy/retention/run")
	String run(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String runKey,
			RedirectAttributes redirect) {
		Refusal.require(runKey != null && runKey.length() >= 16 && runKey.length() <= 64, "retention.refused.ranAlready");
		runs.run(runKey, user.id());
		redirect.addFlashAttribute("notice", "retention.notice.ran");
		return HERE;
	}

	@PostMapping("/admin/privacy/holds")
	String hold(@AuthenticationPrincipal CurrentUser user, @Validated @ModelAttribute LegalHoldForm legalHoldForm,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			var person = people.findByEmail(legalHoldForm.email());
			if (person.isEmpty()) {
				result.rejectValue("email", "hold.refused.unknown");
			}
			else {
				try {
					holds.place(person.get().id(), legalHoldForm.reason(), legalHoldForm.until(), user.id());
					redirect.addFlashAttribute("notice", "hold.notice.placed");
					return HERE;
				}
				catch (Refusal refused) {
					result.rejectValue(refused.messageKey().equals("hold.refused.until") ? "until" : "email",
							refused.messageKey(), refused.message().argArray(), null);
				}
			}
		}
		return show(0, model);
	}

	@PostMapping("/admin/privacy/holds/{id}/lift")
	String lift(@AuthenticationPrincipal CurrentUser user, @org.springframework.web.bind.annotation.PathVariable long id,
			RedirectAttributes redirect) {
		holds.lift(id, user.id());
		redirect.addFlashAttribute("notice", "hold.notice.lifted");
		return HERE;
	}

}
