package nl.goedgesprek.mail.internal;

import java.nio.charset.StandardCharsets;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.ByteArrayDataSource;

import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Sends over SMTP with Spring's {@link JavaMailSender}: a plain-text mail, and for invitations an
 * {@code .ics} attachment. Every attempt of one outbox row carries the same Message-ID.
 */
public class SmtpDelivery implements MailDelivery {

	private final JavaMailSender sender;

	private final String from;

	public SmtpDelivery(JavaMailSender sender, String from) {
		this.sender = sender;
		this.from = from;
	}

	@Override
	public void deliver(OutgoingMail mail) throws Exception {
		MimeMessage message = new FixedIdMessage(sender.createMimeMessage(), mail.messageId());
		MimeMessageHelper helper = new MimeMessageHelper(message, mail.calendar() != null, "UTF-8");
		helper.setFrom(from);
		helper.setTo(mail.to());
		helper.setSubject(mail.subject());
		helper.setText(mail.body(), false);
		if (mail.calendar() != null) {
			ByteArrayDataSource ics = new ByteArrayDataSource(mail.calendar().getBytes(StandardCharsets.UTF_8),
					"text/calendar; charset=UTF-8; method=" + method(mail.calendar()));
			helper.addAttachment(mail.language().equals("en") ? "invitation.ics" : "uitnodiging.ics", ics);
		}
		sender.send(message);
	}

	private static String method(String calendar) {
		return calendar.contains("METHOD:CANCEL") ? "CANCEL" : "PUBLISH";
	}

	/** JavaMail replaces the Message-ID on save; this keeps ours. */
	private static final class FixedIdMessage extends MimeMessage {

		private final String messageId;

		FixedIdMessage(MimeMessage session, String messageId) {
			super(session.getSession());
			this.messageId = messageId;
		}

		@Override
		protected void updateMessageID() throws jakarta.mail.MessagingException {
			setHeader("Message-ID", messageId);
		}

	}

}
