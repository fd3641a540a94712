package nl.goedgesprek.shell;

import java.time.Duration;
import java.util.Optional;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import com.zaxxer.hikari.HikariDataSource;

import nl.goedgesprek.shared.Throttles;
import nl.goedgesprek.support.PostgresTestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14: a guesser behind a load balancer gains nothing from the nodes. Two nodes' throttles, each
 * with its own connection pool on one PostgreSQL schema, share one count: three wrong tries on A and the
 * fourth, on B, waits; a success on B gives the address a fresh start on A too.
 */
class SignInThrottlePostgresIntegrationTests {

	private static final String SCHEMA = PostgresTestDatabase.schemaFor(SignInThrottlePostgresIntegrationTests.class);

	@Test
	void twoNodesCountTogether() {
		PostgresTestDatabase.freshSchema(SCHEMA);
		try (HikariDataSource poolA = PostgresTestDatabase.separatePool(SCHEMA, "throttle-a");
				HikariDataSource poolB = PostgresTestDatabase.separatePool(SCHEMA, "throttle-b")) {
			Flyway.configure().dataSource(poolA).schemas(SCHEMA).defaultSchema(SCHEMA).load().migrate();
			Throttles bucketsA = new Throttles(poolA);
			assertThat(bucketsA.shared()).isTrue();
			SignInThrottle a = new SignInThrottle(bucketsA);
			SignInThrottle b = new SignInThrottle(new Throttles(poolB));

			for (int i = 0; i < 3; i++) {
				assertThat(a.attempt("Sanne@horizon.example", "10.0.0.7")).isEmpty();
				a.failed("sanne@horizon.example");
			}
			Optional<Duration> wait = b.attempt("sanne@horizon.example ", "10.0.0.7");
			assertThat(wait).as("the fourth try, on the other node, waits").isPresent();
			assertThat(wait.get()).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(21));
			assertThat(b.attempt("sanne@horizon.example", "10.0.0.8")).as("another address is not held up").isEmpty();

			b.succeeded("sanne@horizon.example", "10.0.0.7");
			assertThat(a.attempt("sanne@horizon.example", "10.0.0.7")).as("a success clears the count everywhere").isEmpty();
			try (var connection = poolA.getConnection();
					var rows = connection.createStatement().executeQuery("select id from throttle_bucket")) {
				while (rows.next()) {
					assertThat(rows.getString(1)).as("no address or account stored").matches("[0-9a-f]{64}");
				}
			}
		}
		catch (java.sql.SQLException e) {
			throw new IllegalStateException(e);
		}
	}

}
