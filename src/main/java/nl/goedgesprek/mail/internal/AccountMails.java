package nl.goedgesprek.mail.internal;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import nl.goedgesprek.mail.MailKind;
import nl.goedgesprek.people.AccountMail;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.people.People;
import nl.goedgesprek.people.Person;
import nl.goedgesprek.shared.Dates;

/**
 * The mails with a link to choose a password, in the recipient's language. Unlike other mail they
 * cannot be turned off, and they are queued in the caller's transaction (see {@link AccountMail}).
 * The link is the only address in the text: once the mail is delivered, the outbox forgets every
 * address in it.
 */
@Component
class AccountMails implements AccountMail {

	private final People people;

	private final MailOutbox outbox;

	private final MessageSource messages;

	private final Dates dates;

	private final Clock clock;

	AccountMails(People people, MailOutbox outbox, MessageSource messages, Dates dates, Clock clock) {
		this.people = people;
		this.outbox = outbox;
		this.messages = messages;
		this.dates = dates;
		this.clock = clock;
	}

	@Override
	public void send(Kind kind, EmployeeId to, EmployeeId invitedBy, URI link, Instant expires, String dedupeKey) {
		Person recipient = people.find(to).orElse(null);
		if (recipient == null || recipient.email() == null) {
			return;
		}
		Locale language = people.language(to);
		String text = kind == Kind.INVITATION ? "accountInvitation" : "accountReset";
		Object[] values = { invitedBy == null ? "" : people.find(invitedBy).map(Person::name).orElse(""),
				people.organisationName().orElse("Goedgesprek"), link.toString(), dates.dateTime(expires, language),
				recipient.email() };
		String body = String.join("\n\n",
				messages.getMessage("mail.greeting", new Object[] { recipient.firstName() }, language),
				messages.getMessage("mail." + text + ".body", values, language),
				messages.getMessage("mail.account.footer", null, language));
		outbox.enqueueWithin(dedupeKey, to, recipient.email(), MailKind.ACCOUNT, language.getLanguage(),
				messages.getMessage("mail." + text + ".subject", values, language), body, clock.instant());
	}

}
