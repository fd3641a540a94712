package nl.goedgesprek.conversations.web;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import nl.goedgesprek.conversations.RhythmFacts;
import nl.goedgesprek.conversations.RhythmReadings;
import nl.goedgesprek.conversations.internal.ConversationQueries;
import nl.goedgesprek.people.CurrentUser;
import nl.goedgesprek.people.Due;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.people.OrganisationRhythm;
import nl.goedgesprek.people.People;
import nl.goedgesprek.people.PeopleAccess;
import nl.goedgesprek.people.TeamId;
import nl.goedgesprek.people.TeamSummary;
import nl.goedgesprek.shared.Page;

/** HR and administrators: which conversations exist and how far they are. Never what was said. */
@Controller
class ConversationOverviewController {

	static final String VIEW = "conversations/admin-overview";

	private final ConversationQueries queries;

	private final PeopleAccess access;

	private final People people;

	private final Clock clock;

	/** Follow-up's rhythm read model; a module test without follow-up reads the conversations themselves. */
	private final org.springframework.beans.factory.ObjectProvider<RhythmReadings> rhythms;

	ConversationOverviewController(ConversationQueries queries,
			org.springframework.beans.factory.ObjectProvider<RhythmReadings> rhythms, PeopleAccess access, People people,
			Clock clock) {
		this.queries = queries;
		this.rhythms = rhythms;
		this.access = access;
		this.people = people;
		this.clock = clock;
	}

	/**
	 * Someone behind on the rhythm: name, the date of their last conversation, and whether the
	 * check-ins or the annual conversation (or both) are behind; nothing more.
	 */
	public record OverdueRow(Due person, LocalDateTime lastHeld, boolean checkIns, boolean annual) {
	}

	/** A row as the page shows it: with the name of the person's manager. */
	public record ShownRow(String name, String managerName, LocalDateTime lastHeld, boolean checkIns, boolean annual) {
	}

	/** Overdue people per page; the organisation may have thousands behind on the annual conversation. */
	static final int PAGE_SIZE = 50;

	/** The latest conversations shown; the overview is about how far they are, not an archive. */
	static final int LATEST = 100;

	/** The whole organisation, or one team ({@code team}): the overdue people and the latest conversations. */
	@GetMapping("/admin/conversations")
	String overview(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long team,
			@RequestParam(defaultValue = "0") int page, Model model) {
		if (!access.mayManagePeople(user.id())) {
			throw new AccessDeniedException("Only HR and administrators see the conversation overview");
		}
		List<TeamSummary> teams = people.activeTeams();
		TeamId chosen = teams.stream().map(TeamSummary::id).filter(id -> id.value().equals(team)).findFirst().orElse(null);
		model.addAttribute("teams", teams);
		model.addAttribute("team", chosen == null ? null : chosen.value());
		model.addAttribute("conversations", chosen == null ? queries.all(LATEST) : queries.ofTeam(chosen, LATEST));
		model.addAttribute("latest", LATEST);
		OrganisationRhythm rhythm = people.rhythm();
		LocalDateTime now = LocalDateTime.now(clock);
		List<Due> everyone = chosen == null ? people.everyoneWithAManager() : people.everyoneWithAManager(chosen);
		Map<EmployeeId, EmployeeId> managers = currentManagers(everyone);
		RhythmReadings readings = rhythms.getIfAvailable();
		Map<EmployeeId, RhythmFacts> facts = readings != null ? readings.overdueFacts(managers, now)
				: queries.rhythmFacts(managers.keySet(), now);
		List<OverdueRow> overdue = new java.util.ArrayList<>();
		for (Due person : everyone) {
			RhythmFacts theirs = facts.get(person.id());
			boolean checkIns = theirs.overdue(now, rhythm.checkInWeeks());
			boolean annual = theirs.annualOverdue(now, rhythm.annualMonths(), person.employmentStart());
			if (checkIns || annual) {
				overdue.add(new OverdueRow(person, theirs.lastHeld(), checkIns, annual));
			}
		}
		overdue.sort(LONGEST_WAITING_FIRST);
		model.addAttribute("overdue", shown(Page.of(overdue, page, PAGE_SIZE)));
		model.addAttribute("checkInsOverdue", overdue.stream().filter(OverdueRow::checkIns).count());
		model.addAttribute("annualOverdue", overdue.stream().filter(OverdueRow::annual).count());
		model.addAttribute("rhythm", rhythm);
		return VIEW;
	}

	/** The page's rows with their managers' names, read for this page only. */
	private Page<ShownRow> shown(Page<OverdueRow> rows) {
		Map<EmployeeId, String> managers = people.names(rows.items().stream().map(row -> row.person().managerId()).toList());
		return new Page<>(rows.items()
			.stream()
			.map(row -> new ShownRow(row.person().name(), managers.get(row.person().managerId()), row.lastHeld(), row.checkIns(),
					row.annual()))
			.toList(), rows.total(), rows.page(), rows.size());
	}

	private static Map<EmployeeId, EmployeeId> currentManagers(List<Due> people) {
		Map<EmployeeId, EmployeeId> managers = new java.util.HashMap<>();
		people.forEach(person -> managers.put(person.id(), person.managerId()));
		return managers;
	}

	/** Who never had a conversation first, then the longest ago; by name where that is the same. */
	private static final Comparator<OverdueRow> LONGEST_WAITING_FIRST = Comparator
		.comparing(OverdueRow::lastHeld, Comparator.nullsFirst(Comparator.naturalOrder()))
		.thenComparing(row -> row.person().name());

}
