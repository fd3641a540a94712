package nl.goedgesprek.shell;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Several app nodes started at once on a new database: Flyway migrates under its own PostgreSQL
 * lock, but the start-up steps after it (the default cards, the organisation and first administrator,
 * the demo data, the read model's backfill) each look whether something exists and create it if not,
 * and two nodes looking at once would both create. So on PostgreSQL a node takes an advisory lock
 * before the first of those steps and lets go after the last: the other node waits, then finds
 * everything there and creates nothing. The embedded H2 serves one node only and needs no lock.
 */
@Configuration(proxyBeanMethods = false)
class StartupInitialisation {

	/** The advisory lock's key; Flyway uses keys of its own. */
	static final long LOCK = 7_460_015_014L;

	private static final Logger log = LoggerFactory.getLogger(StartupInitialisation.class);

	@Bean
	Held startupLock(DataSource dataSource) {
		return new Held(dataSource);
	}

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	ApplicationRunner takeStartupLock(Held lock) {
		return args -> lock.take();
	}

	@Bean
	@Order(Ordered.LOWEST_PRECEDENCE)
	ApplicationRunner releaseStartupLock(Held lock) {
		return args -> lock.release();
	}

	/** The connection that holds the lock, from taking it until the last start-up step is done. */
	static final class Held implements AutoCloseable {

		private final DataSource dataSource;

		private Connection connection;

		Held(DataSource dataSource) {
			this.dataSource = dataSource;
		}

		synchronized void take() throws SQLException {
			Connection candidate = dataSource.getConnection();
			if (!nl.goedgesprek.shared.Databases.isPostgres(candidate)) {
				candidate.close();
				return;
			}
			long start = System.nanoTime();
			try (Statement statement = candidate.createStatement()) {
				statement.execute("select pg_advisory_lock(" + LOCK + ")");
			}
			connection = candidate;
			long waited = (System.nanoTime() - start) / 1_000_000;
			if (waited > 500) {
				log.info("Waited {} ms for another node to finish starting", waited);
			}
		}

		synchronized void release() throws SQLException {
			if (connection == null) {
				return;
			}
			try (Statement statement = connection.createStatement()) {
				statement.execute("select pg_advisory_unlock(" + LOCK + ")");
			}
			finally {
				connection.close();
				connection = null;
			}
		}

		/** A start that failed halfway lets go too (closing the connection would, but not before the pool closes). */
		@Override
		public void close() throws SQLException {
			release();
		}

	}

}
