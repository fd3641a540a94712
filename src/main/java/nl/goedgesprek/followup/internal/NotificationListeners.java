package nl.goedgesprek.followup.internal;

import java.time.Clock;
import java.util.Optional;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import nl.goedgesprek.conversations.AgendaTopicAdded;
import nl.goedgesprek.conversations.AgreementProgressed;
import nl.goedgesprek.conversations.ConversationCancelled;
import nl.goedgesprek.conversations.ConversationHeld;
import nl.goedgesprek.conversations.ConversationPlanned;
import nl.goedgesprek.conversations.ConversationRescheduled;
import nl.goedgesprek.conversations.RecordAddedTo;
import nl.goedgesprek.conversations.RecordShared;
import nl.goedgesprek.feedback.FeedbackAnswered;
import nl.goedgesprek.feedback.FeedbackRequested;
import nl.goedgesprek.followup.NotificationKind;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.people.People;
import nl.goedgesprek.people.Person;
import nl.goedgesprek.people.RoleChanged;

/**
 * Turns what happens in conversations into inbox messages for the person who needs to know. Runs
 * after the change committed, from the event publication registry, so a crash loses no message.
 */
@Component
class NotificationListeners {

	private final NotificationRepository notifications;

	private final Clock clock;

	private final People people;

	NotificationListeners(NotificationRepository notifications, People people, Clock clock) {
		this.notifications = notifications;
		this.people = people;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(ConversationPlanned event) {
		EmployeeId other = event.plannedBy().equals(event.employee()) ? event.manager() : event.employee();
		save(Notification.to(other, NotificationKind.CONVERSATION_PLANNED, event.conversation(), null, event.plannedBy(),
				event.kind().name(), null, clock.instant()));
	}

	/** The other participant hears the new moment; the detail holds it as an ISO date-time. */
	@ApplicationModuleListener
	void on(ConversationRescheduled event) {
		EmployeeId other = event.rescheduledBy().equals(event.employee()) ? event.manager() : event.employee();
		save(Notification.to(other, NotificationKind.CONVERSATION_MOVED, event.conversation(), null,
				event.rescheduledBy(), event.scheduledAt().toString(), null, clock.instant()));
	}

	@ApplicationModuleListener
	void on(ConversationCancelled event) {
		save(Notification.to(event.other(), NotificationKind.CONVERSATION_CANCELLED, event.conversation(), null,
				event.cancelledBy(), null, event.reason(), clock.instant()));
	}

	@ApplicationModuleListener
	void on(ConversationHeld event) {
		for (EmployeeId participant : new EmployeeId[] { event.employee(), event.manager() }) {
			save(Notification.to(participant, NotificationKind.RECORD_READY, event.conversation(), null, null, null, null,
					clock.instant()));
		}
	}

	/**
	 * The other participant hears about progress; after a move, so does the employee's manager now,
	 * who sees the open agreements from before (PRIVACY.md).
	 */
	@ApplicationModuleListener
	void on(AgreementProgressed event) {
		save(Notification.to(event.other(), NotificationKind.AGREEMENT_PROGRESS, event.conversation(),
				event.agreementId(), event.owner(), event.status(), event.note(), clock.instant()));
		// An event stored before the employee was part of it (an upgrade with events still pending) has none.
		Optional.ofNullable(event.employee())
			.flatMap(people::find)
			.map(Person::managerId)
			.filter(manager -> !manager.equals(event.owner()) && !manager.equals(event.other()))
			.ifPresent(manager -> save(Notification.to(manager, NotificationKind.AGREEMENT_PROGRESS, event.conversation(),
					event.agreementId(), event.owner(), event.status(), event.note(), clock.instant())));
	}

	/** The manager an employee shared an earlier record with hears where to read it. */
	@ApplicationModuleListener
	void on(RecordShared event) {
		save(Notification.to(event.manager(), NotificationKind.RECORD_SHARED, event.conversation(), null, event.employee(),
				null, null, clock.instant()));
	}

	/** A view or correction added to a closed record: the other participant hears it, to read it there. */
	@ApplicationModuleListener
	void on(RecordAddedTo event) {
		save(Notification.to(event.other(), NotificationKind.RECORD_ADDITION, event.conversation(), null, event.author(),
				event.addition().name(), null, clock.instant()));
	}

	/** The person whose role changed hears who did it (PRIVACY.md: everything about you is open to you). */
	@ApplicationModuleListener
	void on(RoleChanged event) {
		save(Notification.to(event.employee(), event.granted() ? NotificationKind.ROLE_GRANTED : NotificationKind.ROLE_REVOKED,
				null, null, event.changedBy(), event.role().name(), null, event.at()));
	}

	/** A colleague asked for input hears who asks; the message leads to their own answer page. */
	@ApplicationModuleListener
	void on(FeedbackRequested event) {
		save(Notification.to(event.colleague(), NotificationKind.FEEDBACK_REQUESTED, null, null, event.asker(),
				String.valueOf(event.answerId()), null, clock.instant()));
	}

	/** The asker hears of an answer by name, or, for an anonymous request, once that it can be read. */
	@ApplicationModuleListener
	void on(FeedbackAnswered event) {
		save(Notification.to(event.asker(),
				event.answerer() == null ? NotificationKind.FEEDBACK_READY : NotificationKind.FEEDBACK_ANSWERED, null, null,
				event.answerer(), String.valueOf(event.requestId()), null, clock.instant()));
	}

	/**
	 * The other side of the pair hears a new topic on their running agenda, with its opening words (the
	 * adder's words, erased with them like a progress note). Only the inbox: a topic is no reason to mail.
	 */
	@ApplicationModuleListener
	void on(AgendaTopicAdded event) {
		save(Notification.to(event.other(), NotificationKind.AGENDA_TOPIC_ADDED, null, null, event.addedBy(),
				event.byEmployee() ? "EMPLOYEE" : "MANAGER", event.brief(), clock.instant()));
	}

	private void save(Notification notification) {
		notifications.save(notification);
	}

}
