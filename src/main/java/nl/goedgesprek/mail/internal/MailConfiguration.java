package nl.goedgesprek.mail.internal;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The outbox and its sender for this application instance. With an SMTP host configured
 * ({@code spring.mail.host}) Spring Boot provides a {@link JavaMailSender} and mail goes out over
 * SMTP; without one, mail goes to the log.
 */
@Configuration(proxyBeanMethods = false)
class MailConfiguration {

	private static final Logger log = LoggerFactory.getLogger(MailConfiguration.class);

	@Bean
	MailOutbox mailOutbox(JdbcClient jdbc, PlatformTransactionManager transactions) {
		return new MailOutbox(jdbc, transactions);
	}

	@Bean
	MailDelivery mailDelivery(ObjectProvider<JavaMailSender> smtp, MailSettings settings) {
		JavaMailSender sender = smtp.getIfAvailable();
		if (sender == null) {
			log.info("No SMTP server configured (spring.mail.host): mail is written to the log.");
			return new LogDelivery();
		}
		return new SmtpDelivery(sender, settings.from());
	}

	@Bean
	OutboxSender outboxSender(MailOutbox outbox, MailDelivery delivery, MailSettings settings, Clock clock) {
		return new OutboxSender(outbox, delivery, settings, clock, instanceName());
	}

	/** Stop starting new mails as soon as shutdown begins; the scheduler then waits for the one in hand. */
	@EventListener
	void on(ContextClosedEvent closed) {
		closed.getApplicationContext().getBeanProvider(OutboxSender.class).ifAvailable(OutboxSender::stop);
	}

	/** Unique per running instance, and readable in the outbox: host and process, plus a random part. */
	private static String instanceName() {
		return ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
	}

}
