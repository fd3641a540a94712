package nl.goedgesprek.mail.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * What operations watch of the mail (README "Beheer"): how many mails wait in the outbox, how long the
 * oldest has waited (it grows when no node sends: SMTP down, the job stuck), and how many were given up
 * on. Read from the shared database at each scrape, so every node reports the same figures.
 */
@Component
class OutboxMeters implements MeterBinder {

	private final JdbcClient jdbc;

	private final Clock clock;

	OutboxMeters(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("goedgesprek.mail.outbox.backlog", this, OutboxMeters::backlog)
			.description("Mails waiting to be sent")
			.register(registry);
		TimeGauge.builder("goedgesprek.mail.outbox.oldest.age", this, TimeUnit.SECONDS, OutboxMeters::oldestAge)
			.description("How long the oldest waiting mail has waited (0 when none waits)")
			.register(registry);
		Gauge.builder("goedgesprek.mail.failed", this, OutboxMeters::failed)
			.description("Mails given up on after their last attempt")
			.register(registry);
	}

	private double backlog() {
		return count("select count(*) from mail_outbox where sent_at is null and failed_at is null");
	}

	private double failed() {
		return count("select count(*) from mail_outbox where failed_at is not null");
	}

	private double oldestAge() {
		Timestamp oldest = jdbc.sql("select min(created_at) from mail_outbox where sent_at is null and failed_at is null")
			.query((rs, row) -> rs.getTimestamp(1))
			.list()
			.get(0); // null when nothing waits
		return oldest == null ? 0 : Math.max(0, Duration.between(oldest.toInstant(), clock.instant()).toSeconds());
	}

	private double count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

}
