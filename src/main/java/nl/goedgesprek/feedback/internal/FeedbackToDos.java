package nl.goedgesprek.feedback.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import nl.goedgesprek.feedback.FeedbackReminder;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.people.People;
import nl.goedgesprek.shared.MessageRef;
import nl.goedgesprek.shared.ToDo;
import nl.goedgesprek.shared.ToDoSource;

/** "Wat wacht op jou": a colleague's request for input that is still open, until its date. */
@Component
class FeedbackToDos implements ToDoSource {

	private final FeedbackStore store;

	private final People people;

	FeedbackToDos(FeedbackStore store, People people) {
		this.store = store;
		this.people = people;
	}

	@Override
	public List<ToDo> toDosOf(long person, LocalDate today) {
		List<FeedbackReminder> waiting = store.waitingFor(EmployeeId.of(person), today);
		if (waiting.isEmpty()) {
			return List.of();
		}
		Map<EmployeeId, String> askers = people.names(waiting.stream().map(FeedbackReminder::asker).toList());
		return waiting.stream()
			.map(open -> new ToDo(open.dueOn().isAfter(today.plusDays(7)) ? ToDo.Urgency.LATER : ToDo.Urgency.SOON,
					open.dueOn(), MessageRef.of("feedback.todo", askers.getOrDefault(open.asker(), "")),
					MessageRef.of("feedback.todo.action"), "/feedback/answers/" + open.answerId()))
			.toList();
	}

}
