package nl.goedgesprek.mail.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * For an installation without an SMTP server (the embedded default): the mail is written to the log
 * and stays readable in the outbox, which admins see in demo mode.
 */
public class LogDelivery implements MailDelivery {

	private static final Logger log = LoggerFactory.getLogger(LogDelivery.class);

	@Override
	public void deliver(OutgoingMail mail) {
		log.info("Mail (no SMTP server configured) to {}: {}\n{}", mail.to(), mail.subject(), mail.body());
	}

	/** Nobody received it: the outbox keeps it whole, so demo mode can show it (links included). */
	@Override
	public boolean reachesRecipients() {
		return false;
	}

}
