package nl.goedgesprek.conversations.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.goedgesprek.conversations.AgendaTopicAdded;
import nl.goedgesprek.conversations.ConversationStatus;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.people.People;
import nl.goedgesprek.people.Person;

/**
 * The running agenda and eigen notities in the demo: before their check-in six weeks ago Sanne put a
 * topic on the agenda that became an agreement, and Pieter one that they parked, which is on the next
 * agenda again (the record of that check-in lists both). Sanne put a topic on her agenda with Pieter two
 * days ago and Pieter added one yesterday, both on their next conversation's agenda, each heard by the
 * other in the inbox; Pieter keeps a private note for that conversation that Sanne never sees. Seeded
 * once, after the demo conversations.
 */
@Component
@Order(31)
class DemoRunningAgenda implements ApplicationRunner {

	private static final String DOMAIN = "@horizon.example";

	private final boolean enabled;

	private final People people;

	private final ConversationRepository conversations;

	private final AgendaTopicRepository topics;

	private final PrivateNoteRepository privateNotes;

	private final Clock clock;

	private final RunningAgenda runningAgenda;

	private final ApplicationEventPublisher events;

	DemoRunningAgenda(@Value("${goedgesprek.demo.enabled:false}") boolean demo,
			@Value("${goedgesprek.demo.conversations:true}") boolean conversationsToo, People people,
			ConversationRepository conversations, AgendaTopicRepository topics, PrivateNoteRepository privateNotes,
			Clock clock, RunningAgenda runningAgenda, ApplicationEventPublisher events) {
		this.runningAgenda = runningAgenda;
		this.events = events;
		this.enabled = demo && conversationsToo;
		this.people = people;
		this.conversations = conversations;
		this.topics = topics;
		this.privateNotes = privateNotes;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		Optional<EmployeeId> sanne = id("sanne.devries");
		Optional<EmployeeId> pieter = id("pieter.jansen");
		if (!enabled || topics.count() > 0 || sanne.isEmpty() || pieter.isEmpty()) {
			return;
		}
		Optional<Conversation> next = conversations.findByEmployeeIdOrderByScheduledAtDesc(sanne.get()).stream()
			.filter(c -> c.managerId().equals(pieter.get()) && c.status() == ConversationStatus.PLANNED)
			.findFirst();
		if (next.isEmpty()) {
			return;
		}
		Instant now = clock.instant();
		conversations.findByEmployeeIdOrderByScheduledAtDesc(sanne.get()).stream()
			.filter(c -> c.managerId().equals(pieter.get()) && c.status() == ConversationStatus.COMPLETED)
			.findFirst()
			.ifPresent(last -> settledIn(last, sanne.get(), pieter.get()));
		announce(topics.save(AgendaTopic.added(sanne.get(), pieter.get(), sanne.get(),
				"De drukte rond de jaarafsluiting: kunnen we het werk beter verdelen?", now.minus(Duration.ofDays(2)))));
		announce(topics.save(AgendaTopic.added(sanne.get(), pieter.get(), pieter.get(),
				"Hoe gaat het in de werkgroep klantportaal?", now.minus(Duration.ofDays(1)))));
		PrivateNote note = PrivateNote.empty(next.get().id(), pieter.get());
		note.write("Sanne eerst zelf laten vertellen over de werkgroep; niet meteen met mijn plannen komen.", now);
		privateNotes.save(note);
	}

	/** Two topics on the agenda of Sanne's last check-in: one became an agreement, one was parked. */
	private void settledIn(Conversation last, EmployeeId sanne, EmployeeId pieter) {
		Instant before = last.closedAt().minus(Duration.ofDays(5));
		AgendaTopic own = AgendaTopic.added(sanne, pieter, sanne, "Een vaste thuiswerkdag", before);
		own.settle(last.id(), TalkingPoint.Outcome.AGREEMENT, "Vrijdag, op papier voor de volgende keer");
		AgendaTopic his = AgendaTopic.added(sanne, pieter, pieter, "De bezetting in de kerstweek",
				before.plus(Duration.ofDays(1)));
		his.settle(last.id(), TalkingPoint.Outcome.PARKED, "Eerst het rooster van januari afwachten");
		for (AgendaTopic topic : List.of(own, his)) {
			topic.countsFor(last.id());
			runningAgenda.record(last.id(), topics.save(topic));
		}
	}

	/** As when added through the app: the other side hears it in their inbox. */
	private void announce(AgendaTopic topic) {
		events.publishEvent(AgendaTopicAdded.of(topic.rawId(), topic.employeeId(), topic.managerId(), topic.addedBy(),
				topic.text()));
	}

	private Optional<EmployeeId> id(String localPart) {
		return people.findByEmail(localPart + DOMAIN).map(Person::id);
	}

}
