package nl.goedgesprek.followup.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import nl.goedgesprek.conversations.RhythmFacts;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.people.OrganisationRhythm;
import nl.goedgesprek.people.People;
import nl.goedgesprek.people.Person;
import nl.goedgesprek.shared.MessageRef;
import nl.goedgesprek.shared.ToDo;
import nl.goedgesprek.shared.ToDo.Urgency;
import nl.goedgesprek.shared.ToDoSource;

/**
 * A conversation to plan when the rhythm says one is overdue (nothing planned, the last one longer ago
 * than the pair's or the organisation's rhythm): for a manager, one line per report; for an employee,
 * one line for themselves with their manager. Either side may plan, as the planning page allows.
 * <p>
 * Reads the rhythm read model ({@link RhythmReadModel}), as HR's overdue list does: one lookup per
 * person, kept in the transaction of every change, so both say the same about who is overdue.
 */
@Component
class RhythmToDos implements ToDoSource {

	private final People people;

	/** Reports to plan with: all of them are on the team page. */
	static final ToDo.Kind REPORTS = ToDo.Kind.of("plan.reports", "todo.more.plan", "/team", "todo.all.team");

	/** The one with one's own manager: never hidden among the reports, whose page does not list it. */
	static final ToDo.Kind OWN = ToDo.Kind.named("plan.own");

	private final RhythmReadModel rhythms;

	private final Clock clock;

	RhythmToDos(People people, RhythmReadModel rhythms, Clock clock) {
		this.people = people;
		this.rhythms = rhythms;
		this.clock = clock;
	}

	@Override
	public List<ToDo> toDosOf(long personId, LocalDate today) {
		EmployeeId me = EmployeeId.of(personId);
		List<Person> concerned = new ArrayList<>(people.reportsOf(me));
		Person self = people.find(me).orElse(null);
		if (self != null && self.managerId() != null) {
			concerned.add(self);
		}
		if (concerned.isEmpty()) {
			return List.of();
		}
		LocalDateTime now = LocalDateTime.now(clock);
		OrganisationRhythm rhythm = people.rhythm();
		Map<EmployeeId, EmployeeId> managers = new HashMap<>();
		concerned.forEach(person -> managers.put(person.id(), person.id().equals(me) ? self.managerId() : me));
		Map<EmployeeId, RhythmFacts> facts = rhythms.overdueFacts(managers, now);
		List<ToDo> toDos = new ArrayList<>();
		for (Person person : concerned) {
			RhythmFacts f = facts.get(person.id());
			if (f == null || !f.overdue(now, rhythm.checkInWeeks())) {
				continue;
			}
			boolean isMe = person.id().equals(me);
			String partner = isMe ? self.managerName() : person.name();
			long with = isMe ? self.managerId().value() : person.id().value();
			MessageRef what = f.lastHeld() == null ? MessageRef.of("todo.plan.never", partner)
					: MessageRef.of("todo.plan", partner, f.lastHeld().toLocalDate());
			toDos.add(new ToDo(Urgency.OVERDUE, f.lastHeld() == null ? null : f.lastHeld().toLocalDate(), what,
					MessageRef.of("todo.plan.action"), "/conversations/plan?with=" + with).of(isMe ? OWN : REPORTS));
		}
		return toDos;
	}

}
