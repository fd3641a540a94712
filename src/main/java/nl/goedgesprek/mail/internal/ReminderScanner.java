package nl.goedgesprek.mail.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.springframework.stereotype.Component;

import nl.goedgesprek.conversations.AgreementDue;
import nl.goedgesprek.conversations.ConversationSummary;
import nl.goedgesprek.conversations.Conversations;
import nl.goedgesprek.conversations.RecordAwaiting;
import nl.goedgesprek.conversations.Side;
import nl.goedgesprek.feedback.Feedback;
import nl.goedgesprek.feedback.FeedbackReminder;
import nl.goedgesprek.mail.MailKind;
import nl.goedgesprek.shared.Dates;
import nl.goedgesprek.shared.Links;

/**
 * Finds who needs a reminder now and puts each reminder in the outbox once: its dedupe key names the
 * conversation or agreement and the date it is about, so scanning again (or on two instances at
 * once) adds nothing, and moving a conversation or a due date earns a new reminder.
 */
@Component
public class ReminderScanner {

	private final Conversations conversations;

	private final Mails mails;

	private final MailArguments arguments;

	private final MailSettings settings;

	private final Dates dates;

	private final Links links;

	private final Clock clock;

	private final Feedback feedback;

	private final nl.goedgesprek.people.People people;

	ReminderScanner(Conversations conversations, Mails mails, MailArguments arguments, MailSettings settings,
			Dates dates, Links links, Clock clock, Feedback feedback, nl.goedgesprek.people.People people) {
		this.feedback = feedback;
		this.people = people;
		this.conversations = conversations;
		this.mails = mails;
		this.arguments = arguments;
		this.settings = settings;
		this.dates = dates;
		this.links = links;
		this.clock = clock;
	}

	/** @return how many reminders this scan put in the outbox */
	public int scan() {
		Instant now = clock.instant();
		LocalDateTime local = LocalDateTime.ofInstant(now, Dates.ZONE);
		LocalDate today = local.toLocalDate();
		return prepare(local) + acknowledge(now) + agreements(today.plusDays(settings.dueSoonDays()), today,
				MailKind.AGREEMENT_DUE, "agreementDue")
				+ agreements(today.minusDays(1), today.minusDays(settings.overdueLookBackDays()),
						MailKind.AGREEMENT_OVERDUE, "agreementOverdue")
				+ feedback(today);
	}

	/**
	 * One reminder to each colleague who has not answered a request for input due soon; a withdrawn
	 * request has none. The dedupe key is the colleague's answer, so it goes once.
	 */
	private int feedback(LocalDate today) {
		int added = 0;
		for (FeedbackReminder reminder : feedback.remindersDue(today)) {
			String asker = people.find(reminder.asker()).map(nl.goedgesprek.people.Person::name).orElse("");
			if (MailListeners.feedback(mails, dates, links, reminder.answerId(), reminder.colleague(), asker,
					reminder.dueOn(), "feedbackReminder", "feedback-reminder:" + reminder.answerId())) {
				added++;
			}
		}
		return added;
	}

	private int prepare(LocalDateTime now) {
		int added = 0;
		for (ConversationSummary conversation : conversations.comingUp(now,
				now.plusDays(settings.prepareDaysBefore()))) {
			for (Side side : Side.values()) {
				var participant = conversation.participant(side);
				if (!conversation.shared(side) && mails.send(participant, MailKind.PREPARE, "prepare",
						"prepare:" + conversation.id().value() + ":" + participant.value() + ":"
								+ conversation.scheduledAt(),
						language -> arguments.about(conversation, participant, language, "/preparation"), null)) {
					added++;
				}
			}
		}
		return added;
	}

	private int acknowledge(Instant now) {
		int added = 0;
		for (RecordAwaiting awaiting : conversations.recordsAwaiting(now.minus(settings.acknowledgeAfter()))) {
			ConversationSummary conversation = awaiting.conversation();
			if (mails.send(awaiting.participant(), MailKind.ACKNOWLEDGE, "acknowledge",
					"acknowledge:" + conversation.id().value() + ":" + awaiting.participant().value(),
					language -> arguments.about(conversation, awaiting.participant(), language, "/record"), null)) {
				added++;
			}
		}
		return added;
	}

	/** Reminders about agreements due between {@code from} and {@code until}, inclusive, either order. */
	private int agreements(LocalDate one, LocalDate other, MailKind kind, String text) {
		LocalDate from = one.isBefore(other) ? one : other;
		LocalDate until = one.isBefore(other) ? other : one;
		int added = 0;
		for (AgreementDue due : conversations.agreementsDue(from, until)) {
			var conversation = conversations.summary(due.conversation()).orElse(null);
			if (conversation != null && mails.send(due.owner(), kind, text,
					kind.name().toLowerCase() + ":" + due.agreementId() + ":" + due.due(),
					language -> arguments.about(conversation, due.owner(), language, "", dates.date(
							due.due().atStartOfDay(Dates.ZONE).toInstant(), language), links.to("/agreements").toString()),
					null)) {
				added++;
			}
		}
		return added;
	}

}
