package nl.goedgesprek.people.web;

import java.util.List;
import java.util.Set;

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

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import nl.goedgesprek.people.CurrentUser;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.people.PeopleAccess;
import nl.goedgesprek.people.Person;
import nl.goedgesprek.people.PersonNotFoundException;
import nl.goedgesprek.people.TeamId;
import nl.goedgesprek.people.internal.Employee;
import nl.goedgesprek.people.internal.EmployeeRepository;
import nl.goedgesprek.people.internal.Invitations;
import nl.goedgesprek.shared.MessageRef;
import nl.goedgesprek.people.internal.PeopleManagement;
import nl.goedgesprek.people.internal.PersonQueries;
import nl.goedgesprek.people.internal.TeamRepository;
import nl.goedgesprek.shared.Refusal;
import nl.goedgesprek.shared.EditClash;

/** HR and administrators: find, add, edit, deactivate people and change their manager. */
@Controller
@RequestMapping("/admin/people")
class PeopleAdminController {

	static final String LIST_VIEW = "people/admin-list";

	static final String LIST_RESULTS = "people/admin-list :: results";

	/** People per page of the list: enough to scan, small enough to load at once at 20,000 people. */
	static final int PAGE_SIZE = 50;

	static final String FORM_VIEW = "people/admin-form";

	private final PersonQueries queries;

	private final EmployeeRepository employees;

	private final TeamRepository teams;

	private final PeopleManagement management;

	private final AdminGuard guard;

	private final PeopleAccess access;

	private final Invitations invitations;

	PeopleAdminController(PersonQueries queries, EmployeeRepository employees, TeamRepository teams,
			PeopleManagement management, AdminGuard guard, PeopleAccess access, Invitations invitations) {
		this.invitations = invitations;
		this.queries = queries;
		this.employees = employees;
		this.teams = teams;
		this.management = management;
		this.guard = guard;
		this.access = access;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String q,
			@RequestParam(required = false) Long team, @RequestParam(defaultValue = "false") boolean inactive,
			@RequestParam(defaultValue = "0") int page, HtmxRequest htmx, Model model) {
		guard.requirePeopleManager(user);
		var found = queries.searchPage(q, TeamId.of(team), inactive, page, PAGE_SIZE);
		model.addAttribute("found", found);
		// Where each person on this page stands with their account, and a key that makes pressing an
		// invitation button twice one round.
		model.addAttribute("accounts", invitations.statuses(found.items().stream().map(Person::id).toList()));
		model.addAttribute("mayInvite", access.mayInvite(user.id()));
		model.addAttribute("requestKey", java.util.UUID.randomUUID().toString());
		model.addAttribute("q", q);
		model.addAttribute("team", team);
		model.addAttribute("inactive", inactive);
		model.addAttribute("teams", teams.findAllByOrderByName());
		return htmx.isHtmxRequest() && !htmx.isHistoryRestoreRequest() ? LIST_RESULTS : LIST_VIEW;
	}

	@GetMapping("/new")
	String newPerson(@AuthenticationPrincipal CurrentUser user, Model model) {
		guard.requirePeopleManager(user);
		model.addAttribute("personForm", PersonForm.empty());
		return form(model, user, null);
	}

	@PostMapping("/new")
	String create(@AuthenticationPrincipal CurrentUser user, @Validated @ModelAttribute PersonForm personForm,
			BindingResult result, Model model, RedirectAttributes redirect) {
		guard.requirePeopleManager(user);
		checkDates(personForm, result);
		if (result.hasErrors()) {
			return form(model, user, null);
		}
		try {
			EmployeeId id = management.hire(user.id(), personForm.details(Set.of()), personForm.manager(),
					personForm.newPassword());
			redirect.addFlashAttribute("notice", "people.notice.added");
			return "redirect:/people/" + id;
		}
		catch (Refusal rule) {
			Forms.reject(result, rule);
			return form(model, user, null);
		}
	}

	@GetMapping("/{id}/edit")
	String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		guard.requirePeopleManager(user);
		Employee employee = load(id);
		employee.requireNotErased();
		model.addAttribute("personForm", PersonForm.of(person(id), employee.version()));
		return form(model, user, employee);
	}

	@PostMapping("/{id}/edit")
	String update(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Validated @ModelAttribute PersonForm personForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		guard.requirePeopleManager(user);
		Employee employee = load(id);
		checkDates(personForm, result);
		if (result.hasErrors()) {
			return form(model, user, employee);
		}
		try {
			management.update(user.id(), employee.id(), personForm.version(),
					personForm.details(employee.grantedRoles()), personForm.manager(), personForm.newPassword());
			redirect.addFlashAttribute("notice", "people.notice.saved");
			return "redirect:/people/" + id;
		}
		catch (Refusal rule) {
			Forms.reject(result, rule);
			return form(model, user, employee);
		}
		catch (EditClash conflict) {
			return conflict(user, id, personForm, model);
		}
	}

	@PostMapping("/{id}/deactivate")
	String deactivate(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam Integer version,
			RedirectAttributes redirect) {
		guard.requirePeopleManager(user);
		return changeActive(id, () -> management.deactivate(user.id(), EmployeeId.of(id), version), "people.notice.deactivated",
				redirect);
	}

	@PostMapping("/{id}/reactivate")
	String reactivate(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam Integer version,
			RedirectAttributes redirect) {
		guard.requirePeopleManager(user);
		return changeActive(id, () -> management.reactivate(user.id(), EmployeeId.of(id), version), "people.notice.reactivated",
				redirect);
	}

	private String changeActive(long id, Runnable change, String notice, RedirectAttributes redirect) {
		load(id);
		try {
			change.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (Refusal rule) {
			redirect.addFlashAttribute("problem", rule.message());
		}
		catch (EditClash conflict) {
			redirect.addFlashAttribute("problem", MessageRef.of("form.conflict.reload"));
		}
		return "redirect:/people/" + id;
	}

	/**
	 * Keeps everything the user typed, shows what is stored now beside it, and takes the stored version
	 * so that saving again is a deliberate choice.
	 */
	private String conflict(CurrentUser user, long id, PersonForm typed, Model model) {
		Employee current = load(id);
		model.addAttribute("personForm", new PersonForm(typed.name(), typed.email(), typed.jobTitle(), typed.teamId(),
				typed.managerId(), typed.employmentStart(), typed.employmentEnd(), typed.hr(), typed.admin(),
				typed.newPassword(), current.version()));
		model.addAttribute("stored", person(id));
		return form(model, user, current);
	}

	private void checkDates(PersonForm form, BindingResult result) {
		if (form.endsBeforeStart()) {
			result.rejectValue("employmentEnd", "people.form.employmentEnd.beforeStart");
		}
	}

	private String form(Model model, CurrentUser user, Employee editing) {
		model.addAttribute("editing", editing == null ? null : person(editing.id().value()));
		// Which role boxes to show: the template asks this, never the roles itself.
		model.addAttribute("changeableRoles", access.changeableRoles(user.id(), editing == null ? null : editing.id()));
		model.addAttribute("teams", teams.findAllByOrderByName());
		List<Person> managers = queries.activePeople()
			.stream()
			.filter(p -> editing == null || !p.id().equals(editing.id()))
			.toList();
		model.addAttribute("managers", managers);
		return FORM_VIEW;
	}

	private Employee load(long id) {
		return employees.findById(id).orElseThrow(() -> new PersonNotFoundException(id));
	}

	private Person person(long id) {
		return queries.find(EmployeeId.of(id)).orElseThrow(() -> new PersonNotFoundException(id));
	}

}
