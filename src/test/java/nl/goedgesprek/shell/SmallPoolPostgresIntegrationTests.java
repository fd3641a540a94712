package nl.goedgesprek.shell;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import nl.goedgesprek.support.OnPostgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * No thread ever needs a second connection while it holds one. If listener threads do (a transaction
 * of their own inside the listener's), a few of them at once take the whole pool and then wait for
 * each other until the pool gives up: on CI a test context failed to start that way, its pool of six
 * held by the start-up lock and five mail listeners that each waited for a second connection.
 * <p>
 * Here the demo data starts on the tests' pool of six ({@link OnPostgres}), one of them held by the
 * start-up lock for the whole start, with a short wait for a connection: the events the demo
 * publishes reach the listeners on up to eight threads at once, so any listener that takes a second
 * connection shows as a start that fails or an event whose listener gave up. With the mail outbox's
 * own transaction inside the listener's, this start failed every time.
 */
@SpringBootTest(properties = { "spring.application.name=smallpool", "spring.datasource.hikari.connection-timeout=5000" })
@ActiveProfiles("test")
@OnPostgres
@DirtiesContext
class SmallPoolPostgresIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void theDemoStartsAndEveryListenerFinishesOnASmallPool() {
		assertThat(jdbc.sql("select count(*) from event_publication").query(Long.class).single())
			.as("the demo published events to listeners")
			.isGreaterThan(10);
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(jdbc.sql("select count(*) from event_publication where completion_date is null")
				.query(Long.class)
				.single()).as("events whose listeners have not finished").isZero());
		assertThat(jdbc.sql("select count(*) from mail_outbox").query(Long.class).single())
			.as("mails the listeners put in the outbox")
			.isPositive();
	}

}
