package nl.goedgesprek.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * How many connections the test run holds on the shared PostgreSQL at most: every cached test context
 * keeps a pool, and a newcomer's server (max_connections 100) may serve other applications too.
 * Samples the server's {@code pg_stat_activity} four times a second for the connections this run's
 * pools opened (they carry the application name {@link PostgresTestDatabase#APPLICATION}), prints the
 * peak and writes it to {@code target/postgres-connection-peak.txt}; {@code .ci/run} fails above
 * {@link #LIMIT}. Registered for the JUnit platform in {@code META-INF/services}.
 */
public class PostgresConnectionPeak implements TestExecutionListener {

	public static final int LIMIT = 30;

	private final AtomicInteger peak = new AtomicInteger();

	private volatile boolean running;

	@Override
	public void testPlanExecutionStarted(TestPlan plan) {
		if (PostgresTestDatabase.refusal(PostgresTestDatabase.url()) != null) {
			return;
		}
		running = true;
		Thread sampler = new Thread(this::sample, "postgres-connection-peak");
		sampler.setDaemon(true);
		sampler.start();
	}

	private void sample() {
		try (Connection connection = DriverManager.getConnection(PostgresTestDatabase.url(), PostgresTestDatabase.user(),
				PostgresTestDatabase.password()); Statement statement = connection.createStatement()) {
			while (running) {
				try (ResultSet rs = statement.executeQuery("select count(*) from pg_stat_activity where application_name = '"
						+ PostgresTestDatabase.APPLICATION + "' and pid <> pg_backend_pid()")) {
					rs.next();
					peak.accumulateAndGet(rs.getInt(1), Math::max);
				}
				Thread.sleep(250);
			}
		}
		catch (Exception stopped) {
			// the run is ending, or the server went away; the peak so far stands
		}
	}

	@Override
	public void testPlanExecutionFinished(TestPlan plan) {
		if (!running) {
			return;
		}
		running = false;
		System.out.println("PostgreSQL connections held by the tests at their peak: " + peak.get() + " (limit " + LIMIT + ")");
		try {
			Files.createDirectories(Path.of("target"));
			Files.writeString(Path.of("target", "postgres-connection-peak.txt"), peak.get() + "\n");
		}
		catch (java.io.IOException e) {
			System.err.println("Could not write the connection peak: " + e);
		}
	}

}
