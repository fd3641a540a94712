package nl.goedgesprek.followup.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.goedgesprek.conversations.AgreementStatus;
import nl.goedgesprek.followup.internal.AgreementFollowUp;
import nl.goedgesprek.followup.internal.AgreementPages;
import nl.goedgesprek.followup.internal.FollowedAgreement;
import nl.goedgesprek.people.CurrentUser;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.people.People;
import nl.goedgesprek.shared.MessageRef;
import nl.goedgesprek.shared.Page;
import nl.goedgesprek.shared.Refusal;
import nl.goedgesprek.shared.EditClash;

/**
 * "Mijn afspraken": the agreements of every conversation you took part in, newest first and a page at a
 * time. Yours to report on, the other's to follow. Nobody else sees them. On {@value #WAITING}, only your
 * own that wait for your progress (the to-do list's "more" link), the earliest due first.
 */
@Controller
class AgreementController {

	static final String VIEW = "followup/agreements";

	private final AgreementFollowUp followUp;

	private final AgreementPages pages;

	private final People people;

	private final Clock clock;

	AgreementController(AgreementFollowUp followUp, AgreementPages pages, People people, Clock clock) {
		this.followUp = followUp;
		this.pages = pages;
		this.people = people;
		this.clock = clock;
	}

	/** Agreements per page: five years of check-ins give a manager of 24 over a thousand. */
	static final int PAGE_SIZE = 25;

	@GetMapping("/agreements")
	String agreements(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "0") int page,
			@RequestParam(required = false) Long agreement, Model model) {
		// ?agreement=: the page that holds it, for links from the inbox and the redirect after a report
		Page<FollowedAgreement> shown = pages.of(user.id(),
				agreement == null ? page : pages.pageOf(user.id(), agreement, PAGE_SIZE), PAGE_SIZE);
		return show(user, shown, pages.inheritedBy(user.id()), false, model);
	}

	/** Only your own agreements that wait for your progress: the to-do list's "more" link. */
	@GetMapping(WAITING)
	String waiting(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "0") int page, Model model) {
		return show(user, pages.waitingFor(user.id(), LocalDate.now(clock), page, PAGE_SIZE), List.of(), true, model);
	}

	static final String WAITING = "/agreements/waiting";

	private String show(CurrentUser user, Page<FollowedAgreement> shown, List<FollowedAgreement> inherited,
			boolean onlyWaiting, Model model) {
		Set<EmployeeId> named = new HashSet<>();
		shown.items().forEach(a -> named.addAll(List.of(a.employeeId(), a.managerId())));
		inherited.forEach(a -> named.addAll(List.of(a.employeeId(), a.managerId())));
		Map<EmployeeId, String> names = people.names(named);
		model.addAttribute("page", shown);
		model.addAttribute("mine", shown.items().stream().filter(a -> a.ownerId().equals(user.id()))
			.map(a -> row(a, names)).toList());
		model.addAttribute("theirs", shown.items().stream().filter(a -> !a.ownerId().equals(user.id()))
			.map(a -> row(a, names)).toList());
		model.addAttribute("inherited", inherited.stream()
			.map(a -> new Row(a, names.getOrDefault(a.ownerId(), ""), names.getOrDefault(a.managerId(), ""), false))
			.toList());
		model.addAttribute("statuses", AgreementStatus.values());
		model.addAttribute("waiting", onlyWaiting);
		model.addAttribute("waitingDays", AgreementPages.WAITING_DAYS);
		return VIEW;
	}

	/** Stands for a missing version: matches no stored one, so the report is a clash, never a blind write. */
	private static final int NO_VERSION = -1;

	@PostMapping("/agreements/{id}/progress")
	String report(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam AgreementStatus status,
			@RequestParam(defaultValue = "") String note, @RequestParam(required = false) Integer version,
			@RequestParam(required = false) String list, @RequestParam(defaultValue = "0") int page,
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
		// back to the list the report was given from: what still waits, or the page of all that holds it
		return ("waiting".equals(list) ? "redirect:" + WAITING + "?page=" + Math.max(0, page)
				: "redirect:/agreements?agreement=" + id) + "#agreement-" + id;
	}

	private static Row row(FollowedAgreement agreement, Map<EmployeeId, String> names) {
		return new Row(agreement, names.getOrDefault(agreement.ownerId(), ""),
				names.getOrDefault(agreement.otherThanOwner(), ""), true);
	}

	/**
	 * An agreement with the names of its owner and the other participant; {@code ownConversation} is
	 * false for an open agreement a report made with an earlier manager, whose record this viewer
	 * does not see.
	 */
	public record Row(FollowedAgreement agreement, String ownerName, String otherName, boolean ownConversation) {
	}

}
