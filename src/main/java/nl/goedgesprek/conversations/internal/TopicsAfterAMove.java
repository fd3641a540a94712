package nl.goedgesprek.conversations.internal;

import java.time.Clock;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.goedgesprek.conversations.AgendaTopicAdded;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.people.People;
import nl.goedgesprek.people.Person;
import nl.goedgesprek.people.PersonNotFoundException;

/**
 * What happens to a pair's running agenda when the employee moves to another manager, by the rule of
 * PRIVACY.md that a new manager sees open agreements and the development plan, not what the earlier
 * pair said to each other: nothing moves by itself. The employee still sees the topics they added
 * themselves and did not discuss, and takes along those they still want to talk about (their own
 * words, their choice, like sharing a record). The earlier manager's topics stay behind: the new
 * manager never sees them, and the earlier manager no longer does either (the list is the pair's as it
 * is now). All of them remain in both people's own data export until erased.
 */
@Service
@Transactional
public class TopicsAfterAMove {

	private final AgendaTopicRepository topics;

	private final People people;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	TopicsAfterAMove(AgendaTopicRepository topics, People people, Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.topics = topics;
		this.people = people;
		this.clock = clock;
	}

	/** The employee's own open topics with a manager they no longer have. */
	@Transactional(readOnly = true)
	public List<AgendaTopic> leftBehind(EmployeeId employee) {
		EmployeeId now = people.find(employee).map(Person::managerId).orElse(null);
		return topics.findByEmployeeIdAndAddedByOrderById(employee, employee).stream()
			.filter(t -> t.open() && !t.managerId().equals(now))
			.toList();
	}

	/**
	 * Puts one of them on the agenda with the manager the employee has now; one that no held
	 * conversation had on its agenda leaves the old list.
	 */
	public void takeAlong(EmployeeId employee, long topicId) {
		AgendaTopic topic = leftBehind(employee).stream().filter(t -> t.rawId() == topicId).findFirst()
			.orElseThrow(() -> new PersonNotFoundException(topicId));
		EmployeeId manager = people.find(employee).map(Person::managerId)
			.orElseThrow(() -> new PersonNotFoundException(employee));
		AgendaTopic taken = topics.save(topic.takenTo(manager, clock.instant()));
		// for the new manager it is a topic the employee adds to their list now
		events.publishEvent(AgendaTopicAdded.of(taken.rawId(), employee, manager, employee, taken.text()));
		if (topic.removableBy(employee)) {
			topics.delete(topic);
		}
	}

}
