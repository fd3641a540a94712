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
 * that tripped) leaves its event publication marked failed. Spring Modulith hands those to their
 * listener again at the next start only; here every few minutes, on one node at a time, so an
 * invitation waits minutes, not until someone restarts the application. Every listener may see an
 * event twice: the mails have a key per mail, the read models compute their rows again.
 * <p>
 * {@code goedgesprek.events.failed} counts what failed and waits for its next turn: above zero for
 * longer than one turn means a listener keeps failing (the log says which and why).
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
	@SchedulerLock(name = "shell.failed-events", lockAtMostFor = "PT4M")
	void retry() {
		long waiting = failedCount();
		if (waiting > 0) {
			log.info("Handing {} failed event publication(s) to their listeners again", waiting);
			failed.resubmit(ResubmissionOptions.defaults());
		}
	}

	long failedCount() {
		return jdbc.sql("select count(*) from event_publication where status = 'FAILED' and completion_date is null")
			.query(Long.class)
			.single();
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("goedgesprek.events.failed", this, FailedEventRetries::failedCount)
			.description("Events whose listener failed and that wait to be handed to it again")
			.register(registry);
	}

}
