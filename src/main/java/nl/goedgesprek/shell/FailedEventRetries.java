package nl.goedgesprek.shell;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * A listener that fails (a mail that could not be written, a read model that met a lock, a library
 * that tripped) leaves its event publication marked failed, and its transaction rolled back. Spring
 * Modulith hands those to their listener again at the next start only; here every few minutes, on one
 * node per turn, so an invitation waits minutes, not until someone restarts the application. Modulith
 * hands a failed publication to one runner only (it marks it resubmitted first, once). One that stays
 * "resubmitted" because its node stopped meanwhile is marked failed again after a quarter of an hour
 * ({@code spring.modulith.events.staleness.resubmission}) and comes round in a later turn.
 * <p>
 * {@code goedgesprek.events.failed} counts what failed and has not been taken in yet, handed out again
 * or not: above zero for longer than a few turns means a listener keeps failing (the log says which and
 * why).
 */
@Component
class FailedEventRetries implements MeterBinder {

	private static final Logger log = LoggerFactory.getLogger(FailedEventRetries.class);

	private final FailedEventPublications failed;

	private final JdbcClient jdbc;

	FailedEventRetries(FailedEventPublications failed, JdbcClient jdbc) {
		this.failed = failed;
		this.jdbc = jdbc;
	}

	@Scheduled(initialDelayString = "${goedgesprek.events.retry-every:PT5M}",
			fixedDelayString = "${goedgesprek.events.retry-every:PT5M}")
	// lockAtLeastFor just under the turn: every other node's timer falls within it, so one run per turn
	@SchedulerLock(name = "shell.failed-events", lockAtMostFor = "PT4M30S", lockAtLeastFor = "PT4M30S")
	void retry() {
		long waiting = failedCount();
		if (waiting > 0) {
			log.info("Handing {} failed event publication(s) to their listeners again", waiting);
			failed.resubmit(ResubmissionOptions.defaults());
		}
	}

	long failedCount() {
		return jdbc.sql("select count(*) from event_publication where status in ('FAILED', 'RESUBMITTED')"
				+ " and completion_date is null")
			.query(Long.class)
			.single();
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("goedgesprek.events.failed", this, FailedEventRetries::failedCount)
			.description("Events whose listener failed and that it has not taken in yet")
			.register(registry);
	}

}
