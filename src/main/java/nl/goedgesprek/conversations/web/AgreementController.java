package nl.goedgesprek.conversations.web;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.goedgesprek.conversations.internal.Agreement;
import nl.goedgesprek.conversations.internal.AgreementFollowUp;
import nl.goedgesprek.people.CurrentUser;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.people.People;
import nl.goedgesprek.people.Person;
import nl.goedgesprek.shared.MessageRef;
import nl.goedgesprek.shared.Refusal;
import nl.goedgesprek.shared.EditClash;

/**
 * "Mijn afspraken": the agreements of every conversation you took part in. Yours to report on, the
 * other's to follow. Nobody else sees them.
 */
@Controller
class AgreementController {

	static final String VIEW = "conversations/agreements";

	private final AgreementFollowUp followUp;

	private final People people;

	AgreementController(AgreementFollowUp followUp, People people) {
		this.followUp = followUp;
		this.people = people;
	}

	@GetMapping("/agreements")
	String agreements(@AuthenticationPrincipal CurrentUser user, Model model) {
		List<Agreement> all = followUp.of(user.id());
		model.addAttribute("mine", all.stream().filter(a -> a.ownerId().equals(user.id())).map(this::row).toList());
		model.addAttribute("theirs", all.stream().filter(a -> !a.ownerId().equals(user.id())).map(this::row).toList());
		model.addAttribute("inherited", followUp.inheritedBy(user.id())
			.stream()
			.map(a -> new Row(a, name(a.ownerId()), name(a.managerId()), false))
			.toList());
		model.addAttribute("statuses", Agreement.Status.values());
		return VIEW;
	}

	/** Stands for a missing version: matches no stored one, so the report is a clash, never a blind write. */
	private static final int NO_VERSION = -1;

	@PostMapping("/agreements/{id}/progress")
	String report(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam Agreement.Status status,
			@RequestParam(defaultValue = "") String note, @RequestParam(required = false) Integer version,
			RedirectAttributes redirect) {
		try {
			// a form always sends the version it showed; without one the step cannot be based on anything
			followUp.report(user.id(), id, version == null ? NO_VERSION : version, status, note);
			redirect.addFlashAttribute("notice", "agreement.notice.progress");
		}
		catch (Refusal rule) {
			redirect.addFlashAttribute("problem", rule.message());
			redirect.addFlashAttribute("typedNote", note);
			redirect.addFlashAttribute("typedFor", id);
		}
		catch (EditClash conflict) {
			redirect.addFlashAttribute("problem", MessageRef.of("form.conflict.reload"));
			redirect.addFlashAttribute("typedNote", note);
			redirect.addFlashAttribute("typedFor", id);
		}
		return "redirect:/agreements#agreement-" + id;
	}

	private Row row(Agreement agreement) {
		return new Row(agreement, name(agreement.ownerId()), name(agreement.otherThanOwner()), true);
	}

	private String name(EmployeeId id) {
		return people.find(id).map(Person::name).orElse("");
	}

	/**
	 * An agreement with the names of its owner and the other participant; {@code ownConversation} is
	 * false for an open agreement a report made with an earlier manager, whose record this viewer
	 * does not see.
	 */
	public record Row(Agreement agreement, String ownerName, String otherName, boolean ownConversation) {
	}

}
