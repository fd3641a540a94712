package nl.goedgesprek.feedback.internal;

import java.time.Clock;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import nl.goedgesprek.conversations.ConversationCancelled;

/** A cancelled conversation needs no more input: its open requests are withdrawn, so nobody is reminded. */
@Component
class WithdrawnWhenCancelled {

	private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

	private final Clock clock;

	WithdrawnWhenCancelled(org.springframework.jdbc.core.simple.JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(ConversationCancelled event) {
		jdbc.sql("""
				update feedback_request set withdrawn_at = :now, version = version + 1
				where conversation_id = :c and withdrawn_at is null""")
			.param("now", java.sql.Timestamp.from(clock.instant()))
			.param("c", event.conversation().value())
			.update();
	}

}
