package nl.goedgesprek.insights.internal;

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
 * How far the dashboards' read model lags behind what happened: the events its listeners have not
 * finished yet (Spring Modulith's publication registry keeps one row per event and listener until the
 * listener completes), and the age of the oldest. Normally both are near zero; a growing count means a
 * listener keeps failing and the dashboards go stale. Only this module's own listeners are counted.
 */
@Component
class ReadModelMeters implements MeterBinder {

	static final String OWN_LISTENERS = "nl.goedgesprek.insights.%";

	private final JdbcClient jdbc;

	private final Clock clock;

	ReadModelMeters(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("goedgesprek.insights.lag.events", this, ReadModelMeters::incomplete)
			.description("Events the dashboards' read model has not taken in yet")
			.register(registry);
		TimeGauge.builder("goedgesprek.insights.lag.oldest.age", this, TimeUnit.SECONDS, ReadModelMeters::oldestAge)
			.description("Age of the oldest event the read model has not taken in (0 when none)")
			.register(registry);
	}

	private double incomplete() {
		return jdbc.sql("select count(*) from event_publication where completion_date is null and listener_id like :own")
			.param("own", OWN_LISTENERS)
			.query(Long.class)
			.single();
	}

	private double oldestAge() {
		Timestamp oldest = jdbc
			.sql("select min(publication_date) from event_publication where completion_date is null and listener_id like :own")
			.param("own", OWN_LISTENERS)
			.query((rs, row) -> rs.getTimestamp(1))
			.list()
			.get(0); // null when nothing waits
		return oldest == null ? 0 : Math.max(0, Duration.between(oldest.toInstant(), clock.instant()).toSeconds());
	}

}
