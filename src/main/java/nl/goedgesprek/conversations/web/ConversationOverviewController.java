package nl.goedgesprek.conversations.web;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import nl.goedgesprek.conversations.RhythmFacts;
import nl.goedgesprek.conversations.internal.ConversationQueries;
import nl.goedgesprek.people.CurrentUser;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.people.OrganisationRhythm;
import nl.goedgesprek.people.People;
import nl.goedgesprek.people.PeopleAccess;
import nl.goedgesprek.people.Person;

/** HR and administrators: which conversations exist and how far they are. Never what was said. */
@Controller
class ConversationOverviewController {

	static final String VIEW = "conversations/admin-overview";

	private final ConversationQueries queries;

	private final PeopleAccess access;

	private final People people;

	private final Clock clock;

	ConversationOverviewController(ConversationQueries queries, PeopleAccess access, People people, Clock clock) {
		this.queries = queries;
		this.access = access;
		this.people = people;
		this.clock = clock;
	}

	/**
	 * Someone behind on the rhythm: name, the date of their last conversation, and whether the
	 * check-ins or the annual conversation (or both) are behind; nothing more.
	 */
	public record OverdueRow(Person person, LocalDateTime lastHeld, boolean checkIns, boolean annual) {
	}

	@GetMapping("/admin/conversations")
	String overview(@AuthenticationPrincipal CurrentUser user, Model model) {
		if (!access.mayManagePeople(user.id())) {
			throw new AccessDeniedException("Only HR and administrators see the conversation overview");
		}
		model.addAttribute("conversations", queries.all(500));
		OrganisationRhythm rhythm = people.rhythm();
		LocalDateTime now = LocalDateTime.now(clock);
		List<Person> everyone = people.everyoneWithAManager();
		Map<EmployeeId, RhythmFacts> facts = queries.rhythmFacts(everyone.stream().map(Person::id).toList(), now);
		model.addAttribute("overdue", everyone.stream()
			.map(p -> new OverdueRow(p, facts.get(p.id()).lastHeld(), facts.get(p.id()).overdue(now, rhythm.checkInWeeks()),
					facts.get(p.id()).annualOverdue(now, rhythm.annualMonths(), p.employmentStart())))
			.filter(row -> row.checkIns() || row.annual())
			.toList());
		model.addAttribute("rhythm", rhythm);
		return VIEW;
	}

}
