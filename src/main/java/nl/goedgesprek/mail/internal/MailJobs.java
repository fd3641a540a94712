package nl.goedgesprek.mail.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The two scheduled jobs: look for reminders to send, and send what is in the outbox. Each turn runs on
 * one app node only (a scheduler lock, see the shell's {@code ScheduledJobs}); even without it, the
 * outbox keeps each mail to one sender and a reminder's dedupe key to one mail. Off with
 * {@code goedgesprek.mail.schedule=false}.
 */
@Component
@ConditionalOnBooleanProperty(name = "goedgesprek.mail.schedule", matchIfMissing = true)
class MailJobs {

	private final ReminderScanner reminders;

	private final OutboxSender sender;

	MailJobs(ReminderScanner reminders, OutboxSender sender) {
		this.reminders = reminders;
		this.sender = sender;
	}

	@Scheduled(initialDelayString = "${goedgesprek.mail.scan-delay:PT20S}",
			fixedDelayString = "${goedgesprek.mail.scan-every:PT5M}")
	// lockAtLeastFor, just under the turn of 5 minutes: every other node's timer falls within it, so with
	// several nodes the scan runs once per turn (with 2 minutes, two nodes whose timers lay further apart
	// each ran it every turn: seen in a rolling-restart walk)
	@SchedulerLock(name = "mail.reminders", lockAtMostFor = "PT4M30S", lockAtLeastFor = "PT4M30S")
	void scanForReminders() {
		reminders.scan();
	}

	@Scheduled(initialDelayString = "${goedgesprek.mail.send-delay:PT10S}",
			fixedDelayString = "${goedgesprek.mail.send-every:PT30S}")
	@SchedulerLock(name = "mail.outbox", lockAtMostFor = "PT5M")
	void sendOutbox() {
		sender.sendDue();
	}

}
