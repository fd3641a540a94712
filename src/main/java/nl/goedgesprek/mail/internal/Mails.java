package nl.goedgesprek.mail.internal;

import java.time.Clock;
import java.util.Locale;
import java.util.function.Function;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import nl.goedgesprek.mail.MailKind;
import nl.goedgesprek.mail.MailPreferences;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.people.People;
import nl.goedgesprek.people.Person;
import nl.goedgesprek.shared.Links;

/**
 * Writes a mail for one recipient, in their language, and puts it in the outbox, unless they turned
 * this kind off, left, or have no address. A mail says what happened and links to Goedgesprek; it
 * never carries what anyone wrote in a conversation, because mail leaves the system.
 */
@Component
class Mails {

	private final People people;

	private final MailPreferences preferences;

	private final MailOutbox outbox;

	private final MessageSource messages;

	private final Links links;

	private final Clock clock;

	Mails(People people, MailPreferences preferences, MailOutbox outbox, MessageSource messages, Links links,
			Clock clock) {
		this.people = people;
		this.preferences = preferences;
		this.outbox = outbox;
		this.messages = messages;
		this.links = links;
		this.clock = clock;
	}

	/**
	 * @param text which texts to use: {@code mail.TEXT.subject} and {@code mail.TEXT.body}
	 * @param dedupeKey the same key never leads to a second mail
	 * @param args the texts' arguments, in the recipient's language
	 * @param calendar iCalendar text to attach, in the recipient's language; {@code null} for none
	 * @return whether a new mail was put in the outbox
	 */
	boolean send(EmployeeId recipientId, MailKind kind, String text, String dedupeKey,
			Function<Locale, Object[]> args, Function<Locale, String> calendar) {
		Person recipient = people.find(recipientId).filter(Person::active).orElse(null);
		if (recipient == null || recipient.email() == null || !preferences.wants(recipientId, kind)
				|| outbox.contains(dedupeKey)) {
			return false;
		}
		Locale language = people.language(recipientId);
		Object[] values = args.apply(language);
		String body = String.join("\n\n", messages.getMessage("mail.greeting", new Object[] { recipient.firstName() },
				language), messages.getMessage("mail." + text + ".body", values, language),
				messages.getMessage("mail.footer", new Object[] { links.to("/me/settings").toString() }, language));
		return outbox.enqueue(dedupeKey, recipientId, recipient.email(), kind, language.getLanguage(),
				messages.getMessage("mail." + text + ".subject", values, language), body,
				calendar == null ? null : calendar.apply(language), clock.instant());
	}

}
