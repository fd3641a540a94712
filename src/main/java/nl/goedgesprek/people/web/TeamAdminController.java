package nl.goedgesprek.people.web;

import java.util.function.Function;

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

import nl.goedgesprek.people.CurrentUser;
import nl.goedgesprek.people.TeamId;
import nl.goedgesprek.shared.MessageRef;
import nl.goedgesprek.people.internal.Team;
import nl.goedgesprek.people.internal.TeamManagement;
import nl.goedgesprek.people.internal.TeamNotFoundException;
import nl.goedgesprek.people.internal.TeamRepository;
import nl.goedgesprek.people.internal.PersonQueries;
import nl.goedgesprek.shared.Refusal;
import nl.goedgesprek.shared.EditClash;

/** HR and administrators: the teams of the organisation. */
@Controller
@RequestMapping("/admin/teams")
class TeamAdminController {

	static final String LIST_VIEW = "people/teams";

	static final String FORM_VIEW = "people/team-form";

	private final TeamRepository teams;

	private final PersonQueries queries;

	private final TeamManagement management;

	private final AdminGuard guard;

	TeamAdminController(TeamRepository teams, PersonQueries queries, TeamManagement management, AdminGuard guard) {
		this.teams = teams;
		this.queries = queries;
		this.management = management;
		this.guard = guard;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		guard.requirePeopleManager(user);
		model.addAttribute("teams", teams.findAllByOrderByName());
		model.addAttribute("members", queries.activeMembersPerTeam());
		return LIST_VIEW;
	}

	@GetMapping("/new")
	String newTeam(@AuthenticationPrincipal CurrentUser user, Model model) {
		guard.requirePeopleManager(user);
		model.addAttribute("teamForm", TeamForm.empty());
		return FORM_VIEW;
	}

	@PostMapping("/new")
	String create(@AuthenticationPrincipal CurrentUser user, @Validated @ModelAttribute TeamForm teamForm,
			BindingResult result, RedirectAttributes redirect) {
		guard.requirePeopleManager(user);
		if (result.hasErrors()) {
			return FORM_VIEW;
		}
		try {
			management.create(teamForm.name(), teamForm.description());
			redirect.addFlashAttribute("notice", "teams.notice.added");
			return "redirect:/admin/teams";
		}
		catch (Refusal rule) {
			Forms.reject(result, rule);
			return FORM_VIEW;
		}
	}

	@GetMapping("/{id}/edit")
	String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		guard.requirePeopleManager(user);
		Team team = load(id);
		model.addAttribute("teamForm", TeamForm.of(team));
		model.addAttribute("editing", team);
		return FORM_VIEW;
	}

	@PostMapping("/{id}/edit")
	String update(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Validated @ModelAttribute TeamForm teamForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		guard.requirePeopleManager(user);
		Team team = load(id);
		model.addAttribute("editing", team);
		if (result.hasErrors()) {
			return FORM_VIEW;
		}
		try {
			management.update(team.id(), teamForm.version(), teamForm.name(), teamForm.description());
			redirect.addFlashAttribute("notice", "teams.notice.saved");
			return "redirect:/admin/teams";
		}
		catch (Refusal rule) {
			Forms.reject(result, rule);
			return FORM_VIEW;
		}
		catch (EditClash conflict) {
			Team stored = load(id);
			model.addAttribute("teamForm", new TeamForm(teamForm.name(), teamForm.description(), stored.version()));
			model.addAttribute("stored", stored);
			return FORM_VIEW;
		}
	}

	@PostMapping("/{id}/deactivate")
	String deactivate(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam Integer version,
			RedirectAttributes redirect) {
		guard.requirePeopleManager(user);
		return change(id, t -> {
			management.deactivate(t, version);
			return "teams.notice.deactivated";
		}, redirect);
	}

	@PostMapping("/{id}/reactivate")
	String reactivate(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam Integer version,
			RedirectAttributes redirect) {
		guard.requirePeopleManager(user);
		return change(id, t -> {
			management.reactivate(t, version);
			return "teams.notice.reactivated";
		}, redirect);
	}

	private String change(long id, Function<TeamId, String> change, RedirectAttributes redirect) {
		Team team = load(id);
		try {
			redirect.addFlashAttribute("notice", change.apply(team.id()));
		}
		catch (Refusal rule) {
			redirect.addFlashAttribute("problem", rule.message());
		}
		catch (EditClash conflict) {
			redirect.addFlashAttribute("problem", MessageRef.of("form.conflict.reload"));
		}
		return "redirect:/admin/teams";
	}

	private Team load(long id) {
		return teams.findById(id).orElseThrow(() -> new TeamNotFoundException(TeamId.of(id)));
	}

}
