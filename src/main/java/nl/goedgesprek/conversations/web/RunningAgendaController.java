package nl.goedgesprek.conversations.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.goedgesprek.conversations.internal.RunningAgenda;
import nl.goedgesprek.conversations.internal.TopicsAfterAMove;
import nl.goedgesprek.people.CurrentUser;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.people.People;
import nl.goedgesprek.people.Person;
import nl.goedgesprek.shared.Refusal;

/**
 * The running agenda (lopende agenda): the pairs one belongs to, and per pair the shared list of
 * topics for the next conversation, where either side adds a topic and takes back their own.
 */
@Controller
class RunningAgendaController {

	static final String PAIRS = "conversations/running-agendas";

	static final String PAIR = "conversations/running-agenda";

	private final RunningAgenda agenda;

	private final TopicsAfterAMove afterAMove;

	private final People people;

	RunningAgendaController(RunningAgenda agenda, TopicsAfterAMove afterAMove, People people) {
		this.agenda = agenda;
		this.afterAMove = afterAMove;
		this.people = people;
	}

	/** Every pair the signed-in person is part of: with their own manager, and with each report. */
	@GetMapping("/agenda")
	String pairs(@AuthenticationPrincipal CurrentUser user, Model model) {
		Person me = people.find(user.id()).orElseThrow();
		List<PairRow> rows = new ArrayList<>();
		if (me.managerId() != null) {
			rows.add(row(user.id(), me.id()));
		}
		people.reportsOf(me.id()).forEach(report -> rows.add(row(user.id(), report.id())));
		model.addAttribute("pairs", rows);
		model.addAttribute("leftBehind", afterAMove.leftBehind(user.id()));
		return PAIRS;
	}

	/** A pair on the overview, with how many topics wait. */
	record PairRow(RunningAgenda.Pair pair, int open) {
	}

	private PairRow row(EmployeeId viewer, EmployeeId employee) {
		RunningAgenda.Pair pair = agenda.pair(viewer, employee);
		return new PairRow(pair, agenda.open(pair).size());
	}

	@GetMapping("/agenda/{employee}")
	String pair(@AuthenticationPrincipal CurrentUser user, @PathVariable long employee, Model model) {
		if (!model.containsAttribute("topicForm")) {
			model.addAttribute("topicForm", new TopicForm(""));
		}
		return show(user.id(), EmployeeId.of(employee), model);
	}

	@PostMapping("/agenda/{employee}/topics")
	String add(@AuthenticationPrincipal CurrentUser user, @PathVariable long employee,
			@ModelAttribute TopicForm topicForm, BindingResult result, Model model, RedirectAttributes redirect) {
		try {
			agenda.add(user.id(), EmployeeId.of(employee), topicForm.text());
		}
		catch (Refusal rule) {
			result.rejectValue("text", rule.message().code(), rule.message().argArray(), null);
			return show(user.id(), EmployeeId.of(employee), model);
		}
		redirect.addFlashAttribute("notice", "runningAgenda.notice.added");
		return "redirect:/agenda/" + employee;
	}

	@PostMapping("/agenda/{employee}/topics/{topic}/remove")
	String remove(@AuthenticationPrincipal CurrentUser user, @PathVariable long employee, @PathVariable long topic,
			RedirectAttributes redirect) {
		agenda.remove(user.id(), topic);
		redirect.addFlashAttribute("notice", "runningAgenda.notice.removed");
		return "redirect:/agenda/" + employee;
	}

	/** After a move: the employee puts one of their own earlier topics on the agenda with their manager now. */
	@PostMapping("/agenda/earlier/{topic}/take-along")
	String takeAlong(@AuthenticationPrincipal CurrentUser user, @PathVariable long topic, RedirectAttributes redirect) {
		afterAMove.takeAlong(user.id(), topic);
		redirect.addFlashAttribute("notice", "runningAgenda.notice.takenAlong");
		return "redirect:/agenda/" + user.id().value();
	}

	private String show(EmployeeId viewer, EmployeeId employee, Model model) {
		RunningAgenda.Pair pair = agenda.pair(viewer, employee);
		model.addAttribute("pair", pair);
		model.addAttribute("topics", agenda.open(pair));
		model.addAttribute("viewer", viewer);
		model.addAttribute("partner", viewer.equals(pair.employee().id()) ? pair.manager() : pair.employee());
		model.addAttribute("leftBehind", viewer.equals(employee) ? afterAMove.leftBehind(viewer) : List.of());
		return PAIR;
	}

	/** A new topic; its limits are the column's, checked by {@link RunningAgenda#add}. */
	record TopicForm(String text) {
	}

}
