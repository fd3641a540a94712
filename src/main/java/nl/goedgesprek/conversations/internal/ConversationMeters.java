package nl.goedgesprek.conversations.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * A sign of life from the business itself: how many conversations were held (closed with a record)
 * since midnight, Dutch time. Zero on a working afternoon, when it usually is not, says more than any
 * health check. A count, never who.
 */
@Component
class ConversationMeters implements MeterBinder {

	private final JdbcClient jdbc;

	private final Clock clock;

	ConversationMeters(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("goedgesprek.conversations.held.today", this, ConversationMeters::heldToday)
			.description("Conversations held (closed) since midnight")
			.register(registry);
	}

	private double heldToday() {
		Timestamp midnight = Timestamp.from(LocalDate.now(clock).atStartOfDay(clock.getZone()).toInstant());
		return jdbc.sql("select count(*) from conversation where status in ('HELD', 'COMPLETED') and closed_at >= :midnight")
			.param("midnight", midnight)
			.query(Long.class)
			.single();
	}

}
