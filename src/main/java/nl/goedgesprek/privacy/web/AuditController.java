package nl.goedgesprek.privacy.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import nl.goedgesprek.privacy.internal.AuditTrail;

/**
 * The audit trail for administrators: every access change, newest first, filtered by what happened,
 * by a person (as the one who did it or the one it concerned) and by dates. The address rule lets only
 * administrators in ({@code AccessRules.mayReadAuditTrail}).
 */
@Controller
class AuditController {

	static final String VIEW = "privacy/audit";

	private final AuditTrail trail;

	AuditController(AuditTrail trail) {
		this.trail = trail;
	}

	@GetMapping("/admin/audit")
	String trail(@RequestParam(required = false) String action, @RequestParam(required = false) Long person,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
			@RequestParam(defaultValue = "0") int page, Model model) {
		String chosen = action == null || action.isBlank() ? null : action;
		AuditTrail.Filter filter = new AuditTrail.Filter(chosen, person, from, until);
		model.addAttribute("filter", filter);
		model.addAttribute("actions", trail.actions());
		model.addAttribute("lines", trail.search(filter, page));
		return VIEW;
	}

}
