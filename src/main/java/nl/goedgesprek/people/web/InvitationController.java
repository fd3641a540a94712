package nl.goedgesprek.people.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import nl.goedgesprek.people.CurrentUser;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.people.internal.InvitationRounds;
import nl.goedgesprek.people.internal.Invitations;
import nl.goedgesprek.shared.MessageRef;
import nl.goedgesprek.shared.Refusal;

/**
 * HR and administrators invite people to choose a password: one person from their page, a selection
 * from the people list, everyone not yet active, or the people of an import. Many at once go to a
 * progress page that htmx refreshes until the round is done.
 */
@Controller
class InvitationController {

	static final String PROGRESS_VIEW = "people/invitations";

	static final String PROGRESS_LINE = "people/invitations :: progress";

	private final Invitations invitations;

	private final InvitationRounds rounds;

	private final AdminGuard guard;

	InvitationController(Invitations invitations, InvitationRounds rounds, AdminGuard guard) {
		this.invitations = invitations;
		this.rounds = rounds;
		this.guard = guard;
	}

	@PostMapping("/admin/people/{id}/invite")
	String inviteOne(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		guard.requireInviter(user);
		try {
			invitations.invite(user.id(), EmployeeId.of(id));
			redirect.addFlashAttribute("notice", "invitation.notice.sent");
		}
		catch (Refusal rule) {
			redirect.addFlashAttribute("problem", rule.message());
		}
		return "redirect:/people/" + id;
	}

	@PostMapping("/admin/invitations")
	String inviteSelection(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String requestKey,
			@RequestParam(name = "person", required = false) List<Long> people, RedirectAttributes redirect) {
		guard.requireInviter(user);
		List<EmployeeId> chosen = people == null ? List.of()
				: people.stream().filter(java.util.Objects::nonNull).map(EmployeeId::of).toList();
		if (chosen.isEmpty()) {
			redirect.addFlashAttribute("problem", MessageRef.of("invitation.error.noneChosen"));
			return "redirect:/admin/people";
		}
		return "redirect:/admin/invitations/" + rounds.inviteSelection(user.id(), requestKey, chosen);
	}

	@PostMapping("/admin/invitations/everyone")
	String inviteEveryone(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String requestKey) {
		guard.requireInviter(user);
		return "redirect:/admin/invitations/" + rounds.inviteEveryoneNotYetActive(user.id(), requestKey);
	}

	/** The button after an import: starts the round the import prepared (pressing it again is harmless). */
	@PostMapping("/admin/invitations/{round}/start")
	String start(@AuthenticationPrincipal CurrentUser user, @PathVariable long round) {
		guard.requireInviter(user);
		rounds.progress(round).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		rounds.start(round);
		return "redirect:/admin/invitations/" + round;
	}

	@GetMapping("/admin/invitations/{round}")
	String progress(@AuthenticationPrincipal CurrentUser user, @PathVariable long round, HtmxRequest htmx, Model model) {
		guard.requireInviter(user);
		model.addAttribute("round", rounds.progress(round).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		return htmx.isHtmxRequest() && !htmx.isHistoryRestoreRequest() ? PROGRESS_LINE : PROGRESS_VIEW;
	}

}
