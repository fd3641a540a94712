package nl.goedgesprek.mail.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The two scheduled jobs: look for reminders to send, and send what is in the outbox. Every instance
 * may run them; the outbox keeps each mail to one sender. Off with {@code goedgesprek.mail.schedule=false}.
 */
@Component
@EnableScheduling
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
	void scanForReminders() {
		reminders.scan();
	}

	@Scheduled(initialDelayString = "${goedgesprek.mail.send-delay:PT10S}",
			fixedDelayString = "${goedgesprek.mail.send-every:PT30S}")
	void sendOutbox() {
		sender.sendDue();
	}

}
