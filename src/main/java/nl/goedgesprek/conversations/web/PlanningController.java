package nl.goedgesprek.conversations.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.goedgesprek.cards.CardId;
import nl.goedgesprek.cards.Cards;
import nl.goedgesprek.cards.ConversationKind;
import nl.goedgesprek.cards.PublishedCard;
import nl.goedgesprek.conversations.ConversationId;
import nl.goedgesprek.conversations.internal.ConversationPlanning;
import nl.goedgesprek.people.CurrentUser;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.people.People;
import nl.goedgesprek.people.Person;
import nl.goedgesprek.shared.ContentRead;
import nl.goedgesprek.shared.Refusal;
import nl.goedgesprek.shared.EditClash;

/** Planning, rescheduling and cancelling, and the page that shows where a conversation stands. */
@Controller
@RequestMapping("/conversations")
class PlanningController {

	static final String PLAN_VIEW = "conversations/plan";

	static final String OVERVIEW_VIEW = "conversations/overview";

	private final ConversationPlanning planning;

	private final ConversationViews views;

	private final People people;

	private final Cards cards;

	private final Clock clock;

	PlanningController(ConversationPlanning planning, ConversationViews views, People people, Cards cards, Clock clock) {
		this.planning = planning;
		this.views = views;
		this.people = people;
		this.cards = cards;
		this.clock = clock;
	}

	@GetMapping("/plan")
	String planForm(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long with,
			@RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(
					iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) LocalDate on,
			Model model) {
		List<PublishedCard> published = cards.publishedCards();
		Long defaultCard = published.stream()
			.filter(card -> card.suggestedFor() == ConversationKind.CHECK_IN)
			.map(card -> card.id().value())
			.findFirst()
			.orElse(published.isEmpty() ? null : published.get(0).id().value());
		model.addAttribute("planForm", new PlanForm(with, ConversationKind.CHECK_IN,
				on != null && !on.isBefore(LocalDate.now(clock)) ? on : LocalDate.now(clock).plusWeeks(1), LocalTime.of(10, 0),
				defaultCard));
		return planPage(user, model);
	}

	@PostMapping("/plan")
	String plan(@AuthenticationPrincipal CurrentUser user, @Validated @ModelAttribute PlanForm planForm,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return planPage(user, model);
		}
		try {
			ConversationId id = planning.plan(user.id(), EmployeeId.of(planForm.partnerId()), planForm.kind(),
					planForm.when(), CardId.of(planForm.cardId()));
			redirect.addFlashAttribute("notice", "planning.notice.planned");
			return "redirect:/conversations/" + id;
		}
		catch (Refusal rule) {
			result.reject(rule.messageKey(), rule.message().argArray(), null);
			return planPage(user, model);
		}
	}

	@GetMapping("/{id}")
	String overview(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		return overviewPage(user, id, model);
	}

	@PostMapping("/{id}/reschedule")
	String reschedule(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Validated @ModelAttribute RescheduleForm rescheduleForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return changePlan(user, id, result, model, redirect, "openReschedule", "planning.notice.rescheduled",
				() -> planning.reschedule(user.id(), ConversationId.of(id), rescheduleForm.version(), rescheduleForm.when()));
	}

	@PostMapping("/{id}/cancel")
	String cancel(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Validated @ModelAttribute CancelForm cancelForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return changePlan(user, id, result, model, redirect, "openCancel", "planning.notice.cancelled",
				() -> planning.cancel(user.id(), ConversationId.of(id), cancelForm.version(), cancelForm.reason()));
	}

	/**
	 * Reschedules or cancels; when that is refused, shows the overview again with the form that was used
	 * open, its input kept and the reason beside it.
	 */
	private String changePlan(CurrentUser user, long id, BindingResult result, Model model, RedirectAttributes redirect,
			String openPanel, String notice, Runnable change) {
		if (!result.hasErrors()) {
			try {
				change.run();
				redirect.addFlashAttribute("notice", notice);
				return "redirect:/conversations/" + id;
			}
			catch (Refusal rule) {
				result.reject(rule.messageKey(), rule.message().argArray(), null);
			}
			catch (EditClash conflict) {
				result.reject("form.conflict.reload");
			}
		}
		model.addAttribute(openPanel, true);
		return overviewPage(user, id, model);
	}

	/** The overview, with empty reschedule and cancel forms unless a refused one is already in the model. */
	private String overviewPage(CurrentUser user, long id, Model model) {
		ConversationView view = views.of(user.id(), id);
		model.addAttribute("view", view);
		if (view.others() != null) {
			views.read(user.id(), view, ContentRead.Kind.PREPARATION);
		}
		if (!model.containsAttribute("rescheduleForm")) {
			model.addAttribute("rescheduleForm", new RescheduleForm(view.conversation().scheduledAt().toLocalDate(),
					view.conversation().scheduledAt().toLocalTime(), view.conversation().version()));
		}
		if (!model.containsAttribute("cancelForm")) {
			model.addAttribute("cancelForm", new CancelForm("", view.conversation().version()));
		}
		return OVERVIEW_VIEW;
	}

	private String planPage(CurrentUser user, Model model) {
		Person me = people.find(user.id()).orElseThrow();
		List<Person> partners = new ArrayList<>(people.reportsOf(user.id()));
		if (me.managerId() != null) {
			people.find(me.managerId()).ifPresent(manager -> partners.add(0, manager));
		}
		model.addAttribute("partners", partners);
		model.addAttribute("myManagerId", me.managerId());
		model.addAttribute("cards", cards.publishedCards());
		model.addAttribute("kinds", ConversationKind.values());
		return PLAN_VIEW;
	}

}
