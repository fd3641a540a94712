package nl.goedgesprek.development.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.goedgesprek.development.internal.Competencies;
import nl.goedgesprek.development.internal.Koers;
import nl.goedgesprek.people.CurrentUser;
import nl.goedgesprek.people.PeopleAccess;
import nl.goedgesprek.shared.MessageRef;
import nl.goedgesprek.shared.EditClash;

/**
 * The koers for everyone to read, and the two catalogues HR keeps: koers goals and competencies.
 * Edits carry the version they were opened with; a stale save is refused and the typed text kept.
 */
@Controller
class KoersController {

	private final Koers koers;

	private final Competencies competencies;

	private final DevelopmentGuard guard;

	private final PeopleAccess access;

	KoersController(Koers koers, Competencies competencies, DevelopmentGuard guard, PeopleAccess access) {
		this.koers = koers;
		this.competencies = competencies;
		this.guard = guard;
		this.access = access;
	}

	@GetMapping("/koers")
	String read(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("goals", koers.active());
		model.addAttribute("competencies", competencies.catalogue(true));
		model.addAttribute("mayManage", access.mayManageDevelopmentCatalogues(user.id()));
		return "development/koers";
	}

	@GetMapping("/admin/koers")
	String manage(@AuthenticationPrincipal CurrentUser user, Model model) {
		guard.requireCatalogueKeeper(user.id());
		model.addAttribute("goals", koers.all());
		model.addAttribute("competencies", competencies.catalogue(false));
		return "development/koers-admin";
	}

	@PostMapping("/admin/koers/goals")
	String addGoal(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String title,
			@RequestParam(required = false) String explanation,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodStart,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodEnd,
			RedirectAttributes redirect) {
		guard.requireCatalogueKeeper(user.id());
		if (title == null || title.isBlank()) {
			return problem(redirect, "koers.error.title", "#new-goal", explanation);
		}
		koers.add(title, explanation, periodStart, periodEnd);
		return done(redirect, "koers.goal.saved", "#goals");
	}

	@PostMapping("/admin/koers/goals/{id}")
	String updateGoal(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam int version,
			@RequestParam(required = false) String title, @RequestParam(required = false) String explanation,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodStart,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodEnd,
			@RequestParam(defaultValue = "false") boolean active, RedirectAttributes redirect) {
		guard.requireCatalogueKeeper(user.id());
		if (title == null || title.isBlank()) {
			return problem(redirect, "koers.error.title", "#goal-" + id, explanation);
		}
		try {
			koers.update(id, version, title, explanation, periodStart, periodEnd, active);
		}
		catch (EditClash clash) {
			return problem(redirect, "form.conflict.reload", "#goal-" + id, explanation);
		}
		return done(redirect, "koers.goal.saved", "#goal-" + id);
	}

	@PostMapping("/admin/koers/competencies")
	String addCompetency(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String name,
			@RequestParam(required = false) String description, @RequestParam(required = false) String group,
			RedirectAttributes redirect) {
		guard.requireCatalogueKeeper(user.id());
		if (name == null || name.isBlank()) {
			return problem(redirect, "competency.error.name", "#new-competency", description);
		}
		competencies.add(name, description, group);
		return done(redirect, "competency.saved", "#competencies");
	}

	@PostMapping("/admin/koers/competencies/{id}")
	String updateCompetency(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam int version,
			@RequestParam(required = false) String name, @RequestParam(required = false) String description,
			@RequestParam(required = false) String group, @RequestParam(defaultValue = "false") boolean active,
			RedirectAttributes redirect) {
		guard.requireCatalogueKeeper(user.id());
		if (name == null || name.isBlank()) {
			return problem(redirect, "competency.error.name", "#competency-" + id, description);
		}
		try {
			competencies.update(id, version, name, description, group, active);
		}
		catch (EditClash clash) {
			return problem(redirect, "form.conflict.reload", "#competency-" + id, description);
		}
		return done(redirect, "competency.saved", "#competency-" + id);
	}

	private static String done(RedirectAttributes redirect, String notice, String anchor) {
		redirect.addFlashAttribute("notice", notice);
		return "redirect:/admin/koers" + anchor;
	}

	private static String problem(RedirectAttributes redirect, String key, String anchor, String typed) {
		redirect.addFlashAttribute("problem", MessageRef.of(key));
		redirect.addFlashAttribute("typedText", typed);
		return "redirect:/admin/koers" + anchor;
	}

}
