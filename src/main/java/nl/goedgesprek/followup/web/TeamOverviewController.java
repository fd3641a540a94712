package nl.goedgesprek.followup.web;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import nl.goedgesprek.conversations.Conversations;
import nl.goedgesprek.conversations.RhythmFacts;
import nl.goedgesprek.people.CurrentUser;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.people.OrganisationRhythm;
import nl.goedgesprek.people.People;
import nl.goedgesprek.people.Person;

/**
 * The manager's own team at a glance: when each person last had the good conversation, what is
 * planned, who is overdue on the rhythm, and how many agreements are open. Dates and counts only.
 */
@Controller
class TeamOverviewController {

	static final String VIEW = "followup/team";

	private final People people;

	private final Conversations conversations;

	private final Clock clock;

	TeamOverviewController(People people, Conversations conversations, Clock clock) {
		this.people = people;
		this.conversations = conversations;
		this.clock = clock;
	}

	@GetMapping("/team")
	String team(@AuthenticationPrincipal CurrentUser user, Model model) {
		List<Person> reports = people.reportsOf(user.id());
		model.addAttribute("rows", RhythmRow.of(reports, people.rhythm(), conversations, LocalDateTime.now(clock)));
		model.addAttribute("rhythm", people.rhythm());
		return VIEW;
	}

	/** One person with their rhythm facts, and whether they are overdue. */
	public record RhythmRow(Person person, RhythmFacts facts, boolean overdue, boolean annualOverdue) {

		static List<RhythmRow> of(List<Person> people, OrganisationRhythm rhythm, Conversations conversations,
				LocalDateTime now) {
			Map<EmployeeId, RhythmFacts> facts = conversations.rhythmFacts(people.stream().map(Person::id).toList(), now);
			return people.stream().map(person -> {
				RhythmFacts f = facts.get(person.id());
				return new RhythmRow(person, f, f.overdue(now, rhythm.checkInWeeks()),
						f.annualOverdue(now, rhythm.annualMonths(), person.employmentStart()));
			}).toList();
		}

	}

}
