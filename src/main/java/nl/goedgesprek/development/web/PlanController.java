package nl.goedgesprek.development.web;

import java.time.LocalDate;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.goedgesprek.conversations.Conversations;
import nl.goedgesprek.development.internal.DevelopmentAction;
import nl.goedgesprek.development.internal.DevelopmentPlans;
import nl.goedgesprek.development.internal.PlanActions;
import nl.goedgesprek.people.CurrentUser;
import nl.goedgesprek.people.People;
import nl.goedgesprek.people.Person;
import nl.goedgesprek.shared.Refusal;
import nl.goedgesprek.people.PeopleAccess;

/** The development plan: goals, actions and their status, and an agreement turned into an action. */
@Controller
class PlanController {

	private final DevelopmentGuard guard;

	private final DevelopmentPlans plans;

	private final PlanActions actions;

	private final Conversations conversations;

	private final People people;

	private final MessageSource messages;

	private final PeopleAccess access;

	PlanController(DevelopmentGuard guard, DevelopmentPlans plans, PlanActions actions, Conversations conversations,
			People people, MessageSource messages, PeopleAccess access) {
		this.actions = actions;
		this.access = access;
		this.guard = guard;
		this.plans = plans;
		this.conversations = conversations;
		this.people = people;
		this.messages = messages;
	}

	@PostMapping("/people/{id}/development/goals")
	String addGoal(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam String title,
			@RequestParam(required = false) Long ambitionId, @RequestParam(required = false) Long competencyId,
			@RequestParam(required = false) Long organisationGoalId, RedirectAttributes redirect) {
		Person person = guard.owner(user.id(), id);
		return DevelopmentSteps.run(redirect, id, "#plan", "development.goal.saved",
				() -> plans.addGoal(person.id(), title, ambitionId, competencyId, organisationGoalId), "typedGoal", title);
	}

	@PostMapping("/people/{id}/development/goals/{goalId}")
	String renameGoal(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long goalId,
			@RequestParam int version, @RequestParam String title, RedirectAttributes redirect) {
		Person person = guard.owner(user.id(), id);
		redirect.addFlashAttribute("renaming", goalId);
		return DevelopmentSteps.run(redirect, id, "#goal-" + goalId, "development.goal.renamed",
				() -> plans.renameGoal(person.id(), goalId, version, title), "typedTitle", title);
	}

	@PostMapping("/people/{id}/development/goals/{goalId}/remove")
	String removeGoal(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long goalId,
			@RequestParam int version, RedirectAttributes redirect) {
		Person person = guard.owner(user.id(), id);
		return DevelopmentSteps.run(redirect, id, "#plan", "development.goal.removed",
				() -> plans.removeGoal(person.id(), goalId, version), null, null);
	}

	@PostMapping("/people/{id}/development/goals/{goalId}/actions")
	String addAction(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long goalId,
			@RequestParam DevelopmentAction.Kind kind, @RequestParam String description,
			@RequestParam(required = false) String employerTime, @RequestParam(required = false) String employerBudget,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate,
			RedirectAttributes redirect) {
		Person person = guard.owner(user.id(), id);
		// Only a refused action comes back, whole, in an open form; after a success the form is closed and
		// empty, so the new row in the table is what the employee sees.
		return DevelopmentSteps.run(redirect, id, "#goal-" + goalId, "development.action.saved",
				() -> actions.addAction(person.id(), goalId, kind, description, employerTime, employerBudget, dueDate, null),
				"typedAction",
				new DevelopmentAction(goalId, 0, kind, description, employerTime, employerBudget, dueDate, null, null, 0));
	}

	/** An action's own page, to change or remove it: the employee's only. */
	@GetMapping("/people/{id}/development/goals/{goalId}/actions/{key}")
	String action(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long goalId,
			@PathVariable int key, Model model) {
		Person person = guard.owner(user.id(), id);
		DevelopmentAction action = actions.action(person.id(), goalId, key)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("person", person);
		model.addAttribute("action", action);
		model.addAttribute("actionKinds", DevelopmentAction.Kind.values());
		return "development/action";
	}

	@PostMapping("/people/{id}/development/goals/{goalId}/actions/{key}")
	String changeAction(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long goalId,
			@PathVariable int key, @RequestParam int version, @RequestParam DevelopmentAction.Kind kind,
			@RequestParam String description, @RequestParam(required = false) String employerTime,
			@RequestParam(required = false) String employerBudget,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate,
			RedirectAttributes redirect) {
		Person person = guard.owner(user.id(), id);
		return orBackToTheAction(redirect, person, goalId, key, "development.action.changed",
				() -> actions.changeAction(person.id(), goalId, key, version, kind, description, employerTime, employerBudget,
						dueDate),
				new DevelopmentAction(goalId, key, kind, description, employerTime, employerBudget, dueDate, null, null, version));
	}

	@PostMapping("/people/{id}/development/goals/{goalId}/actions/{key}/remove")
	String removeAction(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long goalId,
			@PathVariable int key, @RequestParam int version, RedirectAttributes redirect) {
		Person person = guard.owner(user.id(), id);
		return orBackToTheAction(redirect, person, goalId, key, "development.action.removed",
				() -> actions.removeAction(person.id(), goalId, key, version), null);
	}

	/**
	 * Does the step and goes back to the goal on the development page; when it is refused, back to the
	 * action's page with why and with what was typed (or to the plan, when the action is gone).
	 */
	private String orBackToTheAction(RedirectAttributes redirect, Person person, long goalId, int key, String notice,
			Runnable step, DevelopmentAction typed) {
		String done = DevelopmentSteps.run(redirect, person.id().value(), "#goal-" + goalId, notice, step, "typedChange", typed);
		boolean refused = redirect.getFlashAttributes().containsKey("problem");
		return refused && actions.action(person.id(), goalId, key).isPresent()
				? "redirect:/people/" + person.id().value() + "/development/goals/" + goalId + "/actions/" + key : done;
	}

	@PostMapping("/people/{id}/development/goals/{goalId}/actions/{key}/status")
	String status(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long goalId,
			@PathVariable int key, @RequestParam DevelopmentAction.Status status, RedirectAttributes redirect) {
		Person person = guard.owner(user.id(), id);
		return DevelopmentSteps.run(redirect, id, "#goal-" + goalId, "development.action.statusSaved",
				() -> actions.setStatus(person.id(), goalId, key, status), null, null);
	}

	/**
	 * One click from an agreement to the plan: the employee of that agreement adds it as an action
	 * under "Uit onze gesprekken" (made when needed), with its due date.
	 */
	@PostMapping("/development/from-agreement/{agreementId}")
	String fromAgreement(@AuthenticationPrincipal CurrentUser user, @PathVariable long agreementId,
			RedirectAttributes redirect) {
		var agreement = conversations.agreementOf(user.id(), agreementId)
			.filter(a -> access.mayDecideDevelopment(user.id(), a.employee()))
			.orElseThrow(() -> new Refusal("development.fromAgreement.error.notYours"));
		Refusal.require(!actions.hasActionFor(user.id(), agreementId),
				"development.fromAgreement.error.already");
		String goalTitle = messages.getMessage("development.goal.fromConversations", null, people.language(user.id()));
		return DevelopmentSteps.run(redirect, user.id().value(), "#plan", "development.fromAgreement.done", () -> actions
			.addAction(user.id(), plans.goalTitled(user.id(), goalTitle), DevelopmentAction.Kind.OTHER,
					agreement.description(), null, null, agreement.due(), agreementId),
				null, null);
	}

	@ExceptionHandler(Refusal.class)
	String refused(Refusal rule, HttpServletRequest request) {
		return DevelopmentSteps.refused(rule, request);
	}

}
