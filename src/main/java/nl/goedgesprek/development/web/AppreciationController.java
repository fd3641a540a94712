package nl.goedgesprek.development.web;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.goedgesprek.development.internal.Ambitions;
import nl.goedgesprek.development.internal.Appreciations;
import nl.goedgesprek.development.internal.Competencies;
import nl.goedgesprek.development.internal.Koers;
import nl.goedgesprek.people.CurrentUser;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.people.People;
import nl.goedgesprek.people.Person;
import nl.goedgesprek.shared.MessageRef;
import nl.goedgesprek.shared.Refusal;

/**
 * Appreciation at any moment, for any colleague. Tags: a competency or koers goal for anyone; one of
 * the recipient's ambitions only for their manager, who may know them.
 */
@Controller
class AppreciationController {

	private final Appreciations appreciations;

	private final People people;

	private final Competencies competencies;

	private final Koers koers;

	private final Ambitions ambitions;

	AppreciationController(Appreciations appreciations, People people, Competencies competencies, Koers koers,
			Ambitions ambitions) {
		this.appreciations = appreciations;
		this.people = people;
		this.competencies = competencies;
		this.koers = koers;
		this.ambitions = ambitions;
	}

	/** How many colleagues a search shows; more means typing more of the name. */
	static final int SHOWN = 20;

	/**
	 * First who, then what. Who: the people around you, or whoever's name contains what you type
	 * (with htmx the list follows your typing); the organisation may be 20,000 people, so never a list
	 * of everyone. What: the form, for the chosen colleague.
	 */
	@GetMapping("/appreciation/new")
	String form(@AuthenticationPrincipal CurrentUser user, @RequestParam(name = "for", required = false) Long recipient,
			@RequestParam(required = false) String q, Model model) {
		Person chosen = recipient == null ? null
				: people.find(EmployeeId.of(recipient)).filter(Person::active).filter(p -> !p.id().equals(user.id())).orElse(null);
		if (chosen == null) {
			List<Person> found = people.colleaguesOf(user.id(), q, SHOWN + 1);
			model.addAttribute("q", q == null ? "" : q.trim());
			model.addAttribute("candidates", found.stream().limit(SHOWN).toList());
			model.addAttribute("more", found.size() > SHOWN);
			model.addAttribute("shown", SHOWN);
			return "development/appreciation";
		}
		model.addAttribute("chosen", chosen);
		model.addAttribute("competencies", competencies.catalogue(true));
		model.addAttribute("koers", koers.active());
		boolean manager = user.id().equals(chosen.managerId());
		model.addAttribute("ambitions", manager ? ambitions.of(chosen.id()).stream().filter(a -> a.current()).toList()
				: List.of());
		return "development/appreciation";
	}

	@PostMapping("/appreciation")
	String give(@AuthenticationPrincipal CurrentUser user, @RequestParam(name = "for", required = false) Long recipient,
			@RequestParam(required = false) String text, @RequestParam(required = false) Long competencyId,
			@RequestParam(required = false) Long organisationGoalId, @RequestParam(required = false) Long ambitionId,
			RedirectAttributes redirect) {
		Person to = recipient == null ? null : people.find(EmployeeId.of(recipient)).filter(Person::active).orElse(null);
		try {
			Refusal.require(to != null, "appreciation.error.recipient");
			boolean manager = user.id().equals(to.managerId());
			appreciations.give(user.id(), to.id(), text, competencyId, organisationGoalId, manager ? ambitionId : null);
			redirect.addFlashAttribute("notice", "appreciation.given");
			return "redirect:/appreciation/new";
		}
		catch (Refusal rule) {
			redirect.addFlashAttribute("problem", rule.message());
			redirect.addFlashAttribute("typedText", text);
			redirect.addFlashAttribute("typedCompetency", competencyId);
			redirect.addFlashAttribute("typedKoers", organisationGoalId);
			return "redirect:/appreciation/new" + (recipient == null ? "" : "?for=" + recipient);
		}
	}

}
