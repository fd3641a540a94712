package nl.goedgesprek.mail.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How and when mail goes out. SMTP itself is Spring Boot's {@code spring.mail.*}; without
 * {@code spring.mail.host} mail is written to the log (and, in demo mode, shown to admins).
 * @param from the sender address
 * @param schedule whether this instance runs the reminder and sending jobs
 * @param prepareDaysBefore remind to prepare this many days before a conversation
 * @param acknowledgeAfter remind to acknowledge a record this long after the conversation closed
 * @param dueSoonDays remind the owner this many days before an agreement is due
 * @param overdueLookBackDays agreements further past their date than this get no overdue mail (so a
 * first start does not mail about old agreements)
 * @param batchSize how many mails one sender claims at a time
 * @param claimFor how long a claim keeps other instances away; a sender stops sending from a batch
 * well before it runs out
 * @param maxAttempts after this many failed attempts a mail is marked failed and shown to admins
 */
@ConfigurationProperties("goedgesprek.mail")
public record MailSettings(@DefaultValue("Goedgesprek <noreply@goedgesprek.local>") String from,
		@DefaultValue("true") boolean schedule, @DefaultValue("3") int prepareDaysBefore,
		@DefaultValue("2d") Duration acknowledgeAfter, @DefaultValue("3") int dueSoonDays,
		@DefaultValue("30") int overdueLookBackDays, @DefaultValue("20") int batchSize,
		@DefaultValue("5m") Duration claimFor, @DefaultValue("8") int maxAttempts) {
}
