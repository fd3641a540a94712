package nl.goedgesprek.development.web;

import java.time.Instant;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.goedgesprek.development.internal.Ambitions;
import nl.goedgesprek.development.internal.Appreciations;
import nl.goedgesprek.development.internal.Competencies;
import nl.goedgesprek.development.internal.DevelopmentPlans;
import nl.goedgesprek.development.internal.Koers;
import nl.goedgesprek.people.CurrentUser;
import nl.goedgesprek.people.Person;
import nl.goedgesprek.shared.Refusal;

/**
 * One page per employee with their ambitions, the competencies they want to strengthen, their
 * development plan and the appreciation they received: for the employee and their manager. The
 * employee decides; the manager reads and may suggest a competency.
 */
@Controller
class DevelopmentController {

	static final String VIEW = "development/development";

	private final DevelopmentGuard guard;

	private final Ambitions ambitions;

	private final Competencies competencies;

	private final DevelopmentPlans plans;

	private final Appreciations appreciations;

	private final Koers koers;

	DevelopmentController(DevelopmentGuard guard, Ambitions ambitions, Competencies competencies,
			DevelopmentPlans plans, Appreciations appreciations, Koers koers) {
		this.guard = guard;
		this.ambitions = ambitions;
		this.competencies = competencies;
		this.plans = plans;
		this.appreciations = appreciations;
		this.koers = koers;
	}

	@GetMapping("/development")
	String mine(@AuthenticationPrincipal CurrentUser user) {
		return "redirect:/people/" + user.id().value() + "/development";
	}

	@GetMapping("/people/{id}/development")
	String page(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		Person person = guard.visible(user.id(), id);
		boolean self = person.id().equals(user.id());
		model.addAttribute("person", person);
		model.addAttribute("self", self);
		model.addAttribute("isManager", user.id().equals(person.managerId()));
		model.addAttribute("ambitions", ambitions.of(person.id()));
		var chosen = competencies.of(person.id());
		var listed = chosen.stream().map(c -> c.competency().id()).collect(java.util.stream.Collectors.toSet());
		var catalogue = competencies.catalogue(true);
		model.addAttribute("chosen", chosen);
		model.addAttribute("catalogue", catalogue);
		model.addAttribute("choosable", catalogue.stream().filter(c -> !listed.contains(c.id())).toList());
		model.addAttribute("goals", plans.of(person.id()));
		model.addAttribute("koers", koers.active());
		model.addAttribute("appreciation", appreciations.received(person.id(), Instant.EPOCH, !self));
		model.addAttribute("actionKinds", nl.goedgesprek.development.internal.DevelopmentAction.Kind.values());
		model.addAttribute("actionStatuses", nl.goedgesprek.development.internal.DevelopmentAction.Status.values());
		return VIEW;
	}

	@PostMapping("/people/{id}/development/ambitions")
	String writeAmbition(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam String text,
			RedirectAttributes redirect) {
		Person person = guard.owner(user.id(), id);
		return DevelopmentSteps.run(redirect, id, "#ambitions", "development.ambition.saved",
				() -> ambitions.write(person.id(), text), "typedAmbition", text);
	}

	@PostMapping("/people/{id}/development/ambitions/{ambitionId}")
	String rewordAmbition(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@PathVariable long ambitionId, @RequestParam String text, RedirectAttributes redirect) {
		Person person = guard.owner(user.id(), id);
		return DevelopmentSteps.run(redirect, id, "#ambitions", "development.ambition.saved",
				() -> ambitions.reword(person.id(), ambitionId, text), "typedAmbition", text);
	}

	@PostMapping("/people/{id}/development/ambitions/{ambitionId}/let-go")
	String letGo(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long ambitionId,
			RedirectAttributes redirect) {
		Person person = guard.owner(user.id(), id);
		return DevelopmentSteps.run(redirect, id, "#ambitions", "development.ambition.letGo",
				() -> ambitions.letGo(person.id(), ambitionId), null, null);
	}

	@PostMapping("/people/{id}/development/competencies")
	String choose(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long competencyId,
			RedirectAttributes redirect) {
		Person person = guard.owner(user.id(), id);
		return DevelopmentSteps.run(redirect, id, "#competencies", "development.competency.chosen",
				() -> competencies.choose(person.id(), competencyId), null, null);
	}

	@PostMapping("/people/{id}/development/competencies/{competencyId}/remove")
	String remove(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long competencyId,
			RedirectAttributes redirect) {
		Person person = guard.owner(user.id(), id);
		return DevelopmentSteps.run(redirect, id, "#competencies", "development.competency.removed",
				() -> competencies.remove(person.id(), competencyId), null, null);
	}

	@PostMapping("/people/{id}/development/competencies/suggest")
	String suggest(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long competencyId,
			RedirectAttributes redirect) {
		Person person = guard.managerOf(user.id(), id);
		return DevelopmentSteps.run(redirect, id, "#competencies", "development.competency.suggested",
				() -> competencies.suggest(user.id(), person.id(), competencyId), null, null);
	}

	@PostMapping("/people/{id}/development/appreciation/{appreciationId}/hide")
	String hide(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long appreciationId,
			@RequestParam boolean hidden, RedirectAttributes redirect) {
		Person person = guard.owner(user.id(), id);
		return DevelopmentSteps.run(redirect, id, "#appreciation",
				hidden ? "appreciation.hidden" : "appreciation.shown",
				() -> appreciations.hideFromManager(person.id(), appreciationId, hidden), null, null);
	}

	@ExceptionHandler(Refusal.class)
	String refused(Refusal rule,
			jakarta.servlet.http.HttpServletRequest request) {
		return DevelopmentSteps.refused(rule, request);
	}

}
