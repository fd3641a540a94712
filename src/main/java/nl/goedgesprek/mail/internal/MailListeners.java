package nl.goedgesprek.mail.internal;

import java.time.Clock;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import nl.goedgesprek.calendar.ConversationCalendar;
import nl.goedgesprek.calendar.IcsFiles;
import nl.goedgesprek.conversations.AgreementProgressed;
import nl.goedgesprek.conversations.ConversationCancelled;
import nl.goedgesprek.conversations.ConversationId;
import nl.goedgesprek.conversations.ConversationPlanned;
import nl.goedgesprek.conversations.ConversationRescheduled;
import nl.goedgesprek.conversations.RecordShared;
import nl.goedgesprek.conversations.ConversationSummary;
import nl.goedgesprek.conversations.Conversations;
import nl.goedgesprek.feedback.FeedbackRequested;
import nl.goedgesprek.mail.MailKind;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.people.People;
import nl.goedgesprek.people.Person;
import nl.goedgesprek.shared.Links;

/**
 * Mail on what just happened: an invitation with a calendar attachment to both participants when a
 * conversation is planned or moved, a cancellation to both, and terugkoppeling when the owner of an
 * agreement reports progress. Runs after the change committed, from the event publication registry;
 * the dedupe keys make a redelivered event harmless.
 */
@Component
class MailListeners {

	private final Mails mails;

	private final MailArguments arguments;

	private final Conversations conversations;

	private final ConversationCalendar calendar;

	private final IcsFiles ics;

	private final People people;

	private final MessageSource messages;

	private final Links links;

	private final Clock clock;

	private final nl.goedgesprek.shared.Dates dates;

	MailListeners(Mails mails, MailArguments arguments, Conversations conversations, ConversationCalendar calendar,
			IcsFiles ics, People people, MessageSource messages, Links links, Clock clock,
			nl.goedgesprek.shared.Dates dates) {
		this.dates = dates;
		this.links = links;
		this.mails = mails;
		this.arguments = arguments;
		this.conversations = conversations;
		this.calendar = calendar;
		this.ics = ics;
		this.people = people;
		this.messages = messages;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(ConversationPlanned event) {
		invite(event.conversation(), event.plannedBy(), 0, "planned");
	}

	@ApplicationModuleListener
	void on(ConversationRescheduled event) {
		invite(event.conversation(), event.rescheduledBy(), event.revision(), "moved");
	}

	@ApplicationModuleListener
	void on(ConversationCancelled event) {
		conversations.summary(event.conversation()).ifPresent(conversation -> {
			String by = name(event.cancelledBy());
			for (EmployeeId participant : participants(conversation)) {
				mails.send(participant, MailKind.INVITATION,
						participant.equals(event.cancelledBy()) ? "cancelledByYou" : "cancelled",
						"cancelled:" + conversation.id().value() + ":" + participant.value(),
						language -> arguments.about(conversation, participant, language, "", by),
						language -> ics.cancellation(calendar.event(conversation, participant, event.revision(), language),
								clock.instant()));
			}
		});
	}

	@ApplicationModuleListener
	void on(AgreementProgressed event) {
		conversations.summary(event.conversation()).ifPresent(conversation -> {
			String owner = name(event.owner());
			mails.send(event.other(), MailKind.AGREEMENT_PROGRESS, "agreementProgress",
					"progress:" + event.agreementId() + ":" + event.step(),
					language -> arguments.about(conversation, event.other(), language, "", owner,
							messages.getMessage("agreement.status." + event.status(), null, language),
							links.to("/agreements").toString()),
					null);
		});
	}

	/** The new manager hears where to read a record an employee shared with them; once per record. */
	@ApplicationModuleListener
	void on(RecordShared event) {
		conversations.summary(event.conversation())
			.ifPresent(conversation -> mails.send(event.manager(), MailKind.RECORD_SHARED, "recordShared",
					"shared:" + conversation.id().value() + ":" + event.manager().value(),
					language -> arguments.about(conversation, event.manager(), language, "/shared", name(event.employee()),
							conversation.managerName()),
					null));
	}

	/**
	 * A colleague asked for input: who asks, by when, and the link to answer; never the questions'
	 * context beyond that. Once per colleague and request.
	 */
	@ApplicationModuleListener
	void on(FeedbackRequested event) {
		feedback(mails, dates, links, event.answerId(), event.colleague(), name(event.asker()), event.dueOn(),
				"feedbackRequested", "feedback:" + event.answerId());
	}

	/** The mail to a colleague about a request for input: {0} who asks, {1} by when, {2} the link. */
	static boolean feedback(Mails mails, nl.goedgesprek.shared.Dates dates, Links links, long answerId,
			EmployeeId colleague, String asker, java.time.LocalDate dueOn, String text, String dedupeKey) {
		return mails.send(colleague, MailKind.FEEDBACK, text, dedupeKey,
				language -> new Object[] { asker,
						dates.date(dueOn.atStartOfDay(nl.goedgesprek.shared.Dates.ZONE).toInstant(), language),
						links.to("/feedback/answers/" + answerId).toString() },
				null);
	}

	private void invite(ConversationId id, EmployeeId planner, int revision, String text) {
		conversations.summary(id).filter(conversation -> conversation.status().beforeTheConversation())
			.ifPresent(conversation -> {
				String by = name(planner);
				for (EmployeeId participant : participants(conversation)) {
					mails.send(participant, MailKind.INVITATION, participant.equals(planner) ? text + "ByYou" : text,
							"invitation:" + conversation.id().value() + ":" + participant.value() + ":" + revision,
							language -> arguments.about(conversation, participant, language, "/preparation", by),
							language -> ics.invitation(calendar.event(conversation, participant, revision, language),
									clock.instant()));
				}
			});
	}

	private static List<EmployeeId> participants(ConversationSummary conversation) {
		return List.of(conversation.employeeId(), conversation.managerId());
	}

	private String name(EmployeeId id) {
		return people.find(id).map(Person::name).orElse("");
	}

}
