package nl.goedgesprek.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * The PostgreSQL that tests use: {@code GOEDGESPREK_TEST_POSTGRES_URL} (default the local server,
 * database {@code test}), with a fresh schema per test class so classes never see each other's rows.
 * A test class asks for it with {@link OnPostgres}.
 */
public final class PostgresTestDatabase {

	private static final String URL = env("GOEDGESPREK_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test");

	private static final String USER = env("GOEDGESPREK_TEST_POSTGRES_USER", "postgres");

	private static final String PASSWORD = env("GOEDGESPREK_TEST_POSTGRES_PASSWORD", "");

	private PostgresTestDatabase() {
	}

	/** Skips (or, on CI, fails) when PostgreSQL cannot be reached; otherwise drops and recreates the schema. */
	public static void freshSchema(String schema) {
		TestEnvironment.require(reachable(), "PostgreSQL at " + URL);
		try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
				Statement statement = connection.createStatement()) {
			statement.execute("drop schema if exists " + schema + " cascade");
			statement.execute("create schema " + schema);
			System.out.println("PostgreSQL for tests: " + URL + ", schema " + schema);
		}
		catch (SQLException e) {
			throw new IllegalStateException("Could not prepare schema " + schema + " in " + URL, e);
		}
	}

	/** The application's data source and Flyway on this schema (see {@link OnPostgres}). */
	static java.util.Map<String, Object> properties(String schema) {
		// Spring keeps the contexts of earlier test classes, each with its own pool: small pools that
		// let idle connections go keep the suite well within a shared server's max_connections (100).
		return java.util.Map.of("spring.datasource.url", URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema,
				"spring.datasource.username", USER, "spring.datasource.password", PASSWORD, "spring.flyway.schemas", schema,
				"spring.flyway.default-schema", schema, "spring.datasource.hikari.maximum-pool-size", "6",
				"spring.datasource.hikari.minimum-idle", "0", "spring.datasource.hikari.idle-timeout", "10000");
	}

	/**
	 * A connection pool of its own on the schema, as a second application instance would have.
	 * Close it when done.
	 */
	public static com.zaxxer.hikari.HikariDataSource separatePool(String schema, String name) {
		com.zaxxer.hikari.HikariDataSource pool = new com.zaxxer.hikari.HikariDataSource();
		pool.setJdbcUrl(URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema);
		pool.setUsername(USER);
		pool.setPassword(PASSWORD);
		pool.setMaximumPoolSize(4);
		pool.setPoolName(name);
		return pool;
	}

	public static String schemaFor(Class<?> testClass) {
		return "gg_" + testClass.getSimpleName().toLowerCase(Locale.ROOT);
	}

	private static boolean reachable() {
		try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD)) {
			return connection.isValid(2);
		}
		catch (SQLException e) {
			return false;
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

}
