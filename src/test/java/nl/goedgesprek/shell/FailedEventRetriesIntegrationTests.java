package nl.goedgesprek.shell;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import io.micrometer.core.instrument.MeterRegistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An event whose listener failed once is handed to it again by the retry job, not only at the next
 * start (seen: an invitation mail whose calendar text failed right after a start waited for a restart).
 * The failed count shows it meanwhile, and falls back to zero once the listener took it.
 */
@SpringBootTest
@ActiveProfiles("test")
class FailedEventRetriesIntegrationTests {

	record SomethingHappened(String what) {
	}

	/** Fails the first time it is called, takes the event after that. Read through methods: the bean is a proxy. */
	static class FailsOnce {

		private final AtomicInteger calls = new AtomicInteger();

		private final List<String> taken = new CopyOnWriteArrayList<>();

		int calls() {
			return calls.get();
		}

		List<String> taken() {
			return taken;
		}

		@ApplicationModuleListener
		void on(SomethingHappened event) {
			if (calls.getAndIncrement() == 0) {
				throw new IllegalStateException("a passing failure");
			}
			taken.add(event.what());
		}

	}

	@TestConfiguration
	static class Listener {

		@Bean
		FailsOnce failsOnce() {
			return new FailsOnce();
		}

	}

	@Autowired
	FailsOnce listener;

	@Autowired
	FailedEventRetries retries;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MeterRegistry meters;

	@Test
	void aFailedEventIsHandedToItsListenerAgainAndCountedMeanwhile() {
		transactions.executeWithoutResult(status -> events.publishEvent(new SomethingHappened("uitnodiging")));
		await().atMost(Duration.ofSeconds(10)).until(() -> ownRows("FAILED") == 1);
		assertThat(listener.taken()).isEmpty();
		assertThat(meters.get("goedgesprek.events.failed").gauge().value()).isGreaterThanOrEqualTo(1);

		retries.retry();

		await().atMost(Duration.ofSeconds(10)).until(() -> listener.taken().contains("uitnodiging"));
		await().atMost(Duration.ofSeconds(10)).until(() -> ownRows("FAILED") == 0);
		assertThat(listener.calls()).isEqualTo(2);
		assertThat(jdbc.sql("select count(*) from event_publication where listener_id like :own and completion_date is null")
			.param("own", "%FailsOnce%")
			.query(Long.class)
			.single()).isZero();
	}

	private long ownRows(String status) {
		return jdbc.sql("select count(*) from event_publication where listener_id like :own and status = :status"
				+ " and completion_date is null")
			.param("own", "%FailsOnce%")
			.param("status", status)
			.query(Long.class)
			.single();
	}

}
