package nl.goedgesprek.support;

import java.io.StringReader;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;

/**
 * A real SMTP server in the test JVM (GreenMail) on a free port, and helpers to read what arrived:
 * per recipient, the text and the parsed calendar attachment. A test class gets one with
 * {@link WithMailServer}.
 */
public final class TestMail {

	private final GreenMail server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

	public TestMail start() {
		server.start();
		return this;
	}

	public void stop() {
		server.stop();
	}

	public int port() {
		return server.getSmtp().getPort();
	}

	public void clear() {
		try {
			server.purgeEmailFromAllMailboxes();
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	public List<MimeMessage> all() {
		return Arrays.asList(server.getReceivedMessages());
	}

	public List<MimeMessage> to(String address) {
		return all().stream().filter(message -> recipients(message).contains(address)).toList();
	}

	public List<MimeMessage> to(String address, String subjectStart) {
		return to(address).stream().filter(message -> subject(message).startsWith(subjectStart)).toList();
	}

	public static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

	public static String messageId(MimeMessage message) {
		try {
			return message.getMessageID();
		}
		catch (MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The plain text of a mail, with or without attachments. */
	public static String text(MimeMessage message) {
		try {
			Object content = message.getContent();
			if (content instanceof String text) {
				return text;
			}
			return part((Multipart) content, "text/plain");
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	/** The calendar attachment, parsed, or {@code null} when there is none. */
	public static Calendar calendar(MimeMessage message) {
		try {
			if (!(message.getContent() instanceof Multipart multipart)) {
				return null;
			}
			String ics = part(multipart, "text/calendar");
			return ics == null ? null : new CalendarBuilder().build(new StringReader(ics));
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	public static String calendarFileName(MimeMessage message) {
		try {
			return find((Multipart) message.getContent(), "text/calendar").getFileName();
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private static String part(Multipart multipart, String type) throws Exception {
		BodyPart part = find(multipart, type);
		if (part == null) {
			return null;
		}
		Object content = part.getContent();
		return content instanceof String text ? text : new String(((java.io.InputStream) content).readAllBytes(),
				java.nio.charset.StandardCharsets.UTF_8);
	}

	private static BodyPart find(Multipart multipart, String type) throws Exception {
		for (int i = 0; i < multipart.getCount(); i++) {
			BodyPart part = multipart.getBodyPart(i);
			if (part.getContent() instanceof Multipart nested) {
				BodyPart found = find(nested, type);
				if (found != null) {
					return found;
				}
			}
			else if (part.isMimeType(type)) {
				return part;
			}
		}
		return null;
	}

	private static List<String> recipients(MimeMessage message) {
		try {
			Address[] to = message.getAllRecipients();
			return to == null ? List.of() : Arrays.stream(to).map(Address::toString).toList();
		}
		catch (MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

}
