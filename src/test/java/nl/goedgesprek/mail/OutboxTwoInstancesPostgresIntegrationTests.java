package nl.goedgesprek.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.ActiveProfiles;

import com.zaxxer.hikari.HikariDataSource;

import nl.goedgesprek.conversations.ConversationId;
import nl.goedgesprek.mail.internal.MailOutbox;
import nl.goedgesprek.mail.internal.MailSettings;
import nl.goedgesprek.mail.internal.OutboxSender;
import nl.goedgesprek.mail.internal.ReminderScanner;
import nl.goedgesprek.mail.internal.SmtpDelivery;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.support.ConversationSteps;
import nl.goedgesprek.support.DemoUsers;
import nl.goedgesprek.support.OnPostgres;
import nl.goedgesprek.support.PostgresTestDatabase;
import nl.goedgesprek.support.TestMail;
import nl.goedgesprek.support.WithMailServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Exactly once with two application instances on one PostgreSQL: two outbox senders, each with its
 * own connection pool and its own SMTP client, send at the same time and GreenMail counts what
 * arrives. Also: an instance that dies holding a claim loses no mail, and two instances scanning for
 * reminders at once put each reminder in the outbox once.
 */
@SpringBootTest(properties = "goedgesprek.demo.conversations=false")
@ActiveProfiles("test")
@Import({ DemoUsers.class, ConversationSteps.class })
@OnPostgres
@WithMailServer
class OutboxTwoInstancesPostgresIntegrationTests {

	private static final String SCHEMA = PostgresTestDatabase.schemaFor(OutboxTwoInstancesPostgresIntegrationTests.class);

	@Autowired
	TestMail mail;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoUsers demo;

	@Autowired
	ReminderScanner reminders;

	@Autowired
	ConversationSteps steps;

	final List<Instance> instances = new ArrayList<>();

	final ExecutorService threads = Executors.newFixedThreadPool(4);

	@BeforeEach
	void emptyOutbox() {
		jdbc.sql("delete from mail_outbox").update();
		mail.clear();
	}

	@AfterEach
	void stopInstances() {
		threads.shutdownNow();
		instances.forEach(Instance::close);
	}

	@Test
	void twoInstancesSendingAtOnceDeliverEachMailExactlyOnce() throws Exception {
		Instance a = instance("a", Clock.systemUTC());
		Instance b = instance("b", Clock.systemUTC());
		int count = 200;

		List<Integer> added = both(() -> enqueue(a, count), () -> enqueue(b, count));
		assertThat(added.get(0) + added.get(1)).as("each dedupe key enqueued once").isEqualTo(count);

		List<Integer> sent = both(() -> sendAll(a), () -> sendAll(b));
		System.out.printf("Two instances sent %d and %d of %d mails%n", sent.get(0), sent.get(1), count);

		assertThat(sent.get(0) + sent.get(1)).isEqualTo(count);
		assertThat(mail.all()).hasSize(count);
		assertThat(mail.all().stream().map(TestMail::messageId).distinct().count()).isEqualTo(count);
		assertThat(a.outbox.pending()).isZero();
	}

	@Test
	void anInstanceThatDiesHoldingAClaimLosesNoMail() {
		Instance dying = instance("dying", Clock.systemUTC());
		enqueue(dying, 10);
		assertThat(dying.outbox.claim("dying", 10, Instant.now(), Duration.ofMinutes(5))).hasSize(10);
		dying.close();

		Instance now = instance("other-now", Clock.systemUTC());
		assertThat(now.sender.sendDue()).as("the claim keeps others away while it lasts").isZero();

		Instance later = instance("other-later", Clock.offset(Clock.systemUTC(), Duration.ofMinutes(6)));
		assertThat(later.sender.sendDue()).isEqualTo(10);
		assertThat(later.sender.sendDue()).isZero();
		assertThat(mail.all()).hasSize(10);
	}

	@Test
	void twoInstancesScanningAtOncePutEachReminderInTheOutboxOnce() throws Exception {
		ConversationId id = steps.plan(demo.id("pieter.jansen"), demo.id("daan.smit"), LocalDate.now().plusDays(1).atTime(9, 30));
		// Planning sends both an invitation after the commit, on another thread. Wait for them, or they
		// land in the outbox during the next test and are sent with its mails (seen on a busy machine:
		// 202 of 200).
		await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("select count(*) from mail_outbox where dedupe_key like :key")
			.param("key", "invitation:" + id.value() + ":%")
			.query(Integer.class)
			.single() == 2);

		for (int round = 0; round < 3; round++) {
			both(reminders::scan, reminders::scan);
		}

		assertThat(jdbc.sql("select count(*) from mail_outbox where dedupe_key like :key")
			.param("key", "prepare:" + id.value() + ":%")
			.query(Integer.class)
			.single()).as("one prepare reminder for each of the two participants").isEqualTo(2);
	}

	private int enqueue(Instance instance, int count) {
		EmployeeId recipient = demo.id("sanne.devries");
		int added = 0;
		for (int i = 0; i < count; i++) {
			if (instance.outbox.enqueue("test:" + i, recipient, "sanne.devries" + DemoUsers.DOMAIN, MailKind.PREPARE, "nl",
					"Test " + i, "Bericht " + i, null, Instant.now())) {
				added++;
			}
		}
		return added;
	}

	private static int sendAll(Instance instance) {
		int sent = 0;
		for (int i = 0; i < 1000 && instance.outbox.pending() > 0; i++) {
			sent += instance.sender.sendDue();
		}
		return sent;
	}

	/** Runs both at the same moment, each on its own thread, and returns both results in order. */
	private <T> List<T> both(Callable<T> first, Callable<T> second) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		Future<T> one = threads.submit(() -> {
			start.await();
			return first.call();
		});
		Future<T> two = threads.submit(() -> {
			start.await();
			return second.call();
		});
		start.countDown();
		return List.of(one.get(60, TimeUnit.SECONDS), two.get(60, TimeUnit.SECONDS));
	}

	private Instance instance(String name, Clock clock) {
		Instance instance = new Instance(name, clock);
		instances.add(instance);
		return instance;
	}

	/** What one application instance has of its own: a connection pool, an SMTP client, a sender. */
	private final class Instance {

		final HikariDataSource pool;

		final MailOutbox outbox;

		final OutboxSender sender;

		Instance(String name, Clock clock) {
			this.pool = PostgresTestDatabase.separatePool(SCHEMA, name);
			this.outbox = new MailOutbox(JdbcClient.create(pool), new DataSourceTransactionManager(pool));
			JavaMailSenderImpl smtp = new JavaMailSenderImpl();
			smtp.setHost("127.0.0.1");
			smtp.setPort(mail.port());
			MailSettings settings = new MailSettings("Goedgesprek <noreply@goedgesprek.local>", false, 3,
					Duration.ofDays(2), 3, 30, 5, Duration.ofMinutes(5), 8);
			this.sender = new OutboxSender(outbox, new SmtpDelivery(smtp, settings.from()), settings,
					clock.withZone(ZoneOffset.UTC), name);
		}

		void close() {
			pool.close();
		}

	}

}
