package nl.goedgesprek.mail.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.goedgesprek.mail.MailKind;

/**
 * Sends what is due in the outbox: claim a batch, send each mail, mark it sent, repeat until nothing
 * is due. A failed mail goes back with a growing pause. A sender never starts a mail when its claim
 * is close to running out or when the application is stopping, so another instance never picks up a
 * mail this one is still sending.
 * <p>
 * Exactly once, with the one gap every SMTP sender has: if the process dies after the SMTP server
 * accepted a mail and before "sent" is written, that mail goes again after its claim runs out, with
 * the same Message-ID. A graceful restart waits for the mail in hand and never leaves that gap.
 */
public class OutboxSender {

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

	private final MailOutbox outbox;

	private final MailDelivery delivery;

	private final MailSettings settings;

	private final Clock clock;

	private final String instance;

	private volatile boolean stopping;

	public OutboxSender(MailOutbox outbox, MailDelivery delivery, MailSettings settings, Clock clock, String instance) {
		this.outbox = outbox;
		this.delivery = delivery;
		this.settings = settings;
		this.clock = clock;
		this.instance = instance;
	}

	/** @return how many mails this call sent */
	public int sendDue() {
		int sent = 0;
		while (!stopping) {
			List<OutgoingMail> batch = outbox.claim(instance, settings.batchSize(), clock.instant(), settings.claimFor());
			if (batch.isEmpty()) {
				return sent;
			}
			for (OutgoingMail mail : batch) {
				if (stopping || !enoughClaimLeft(mail)) {
					return sent;
				}
				if (send(mail)) {
					sent++;
				}
			}
		}
		return sent;
	}

	/** Finish the mail in hand, start no other. */
	public void stop() {
		stopping = true;
	}

	private boolean send(OutgoingMail mail) {
		try {
			delivery.deliver(mail);
		}
		catch (Exception e) {
			Instant now = clock.instant();
			log.warn("Mail {} ({}) not sent, attempt {}: {}", mail.id(), mail.kind(), mail.attempts(), e.getMessage());
			outbox.notSent(mail, instance, e.getMessage(), now.plus(pauseAfter(mail.attempts())), settings.maxAttempts(),
					now);
			return false;
		}
		outbox.sent(mail.id(), instance, clock.instant());
		if (mail.kind() == MailKind.ACCOUNT && delivery.reachesRecipients()) {
			// The link is a key to the account: once delivered, no copy of it stays in the database.
			outbox.forgetLinks(mail.id(), "[link]");
		}
		return true;
	}

	/** Stop a batch when less than a fifth of the claim is left: far more than one SMTP attempt takes. */
	private boolean enoughClaimLeft(OutgoingMail mail) {
		return clock.instant().isBefore(mail.claimedUntil().minus(settings.claimFor().dividedBy(5)));
	}

	/** One minute after the first failure, doubling, at most six hours. */
	static Duration pauseAfter(int attempts) {
		Duration pause = Duration.ofMinutes(1L << Math.min(Math.max(attempts - 1, 0), 9));
		return pause.compareTo(Duration.ofHours(6)) > 0 ? Duration.ofHours(6) : pause;
	}

}
