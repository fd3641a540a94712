package nl.goedgesprek.followup.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.springframework.stereotype.Component;

import nl.goedgesprek.conversations.ConversationStatus;
import nl.goedgesprek.conversations.ConversationSummary;
import nl.goedgesprek.conversations.ConversationAside;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.people.People;
import nl.goedgesprek.people.Person;

/** Beside a completed record: the next conversation on the pair's rhythm ({@code next}), and its bounds. */
@Component
class RhythmAside implements ConversationAside {

	private final PairRhythms rhythms;

	private final People people;

	private final Clock clock;

	RhythmAside(PairRhythms rhythms, People people, Clock clock) {
		this.rhythms = rhythms;
		this.people = people;
		this.clock = clock;
	}

	@Override
	public void addTo(Map<String, Object> model, EmployeeId viewer, ConversationSummary conversation, Page page) {
		// While they are still a pair: after a move the employee plans with their manager now, not from an
		// old record.
		if (page == Page.RECORD && conversation.status() == ConversationStatus.COMPLETED && conversation.managerId()
			.equals(people.find(conversation.employeeId()).map(Person::managerId).orElse(null))) {
			model.put("next", rhythms.nextAfter(conversation, LocalDate.now(clock)));
			model.put("rhythmFewestWeeks", PairRhythms.FEWEST_WEEKS);
			model.put("rhythmMostWeeks", PairRhythms.MOST_WEEKS);
		}
	}

}
