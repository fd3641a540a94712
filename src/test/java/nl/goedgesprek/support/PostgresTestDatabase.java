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

	/** The name every connection of the tests gives the server, so their number can be counted. */
	static final String APPLICATION = "goedgesprek-tests";

	private static final String URL = withApplicationName(env("GOEDGESPREK_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test"));

	private static final String USER = env("GOEDGESPREK_TEST_POSTGRES_USER", "postgres");

	private static final String PASSWORD = env("GOEDGESPREK_TEST_POSTGRES_PASSWORD", "");

	private PostgresTestDatabase() {
	}

	/** Skips (or, on CI, fails) when PostgreSQL cannot be reached; otherwise drops and recreates the schema. */
	public static void freshSchema(String schema) {
		String refused = refusal(URL);
		if (refused != null && !refused.startsWith(DOWN)) {
			// running but refusing (too many clients, a wrong password, no such database): the cause is
			// something to fix, not a server that is simply not there
			throw new IllegalStateException("PostgreSQL at " + URL + " refused the tests' connection: " + refused);
		}
		TestEnvironment.require(refused == null, "PostgreSQL at " + URL);
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

	private static final String DOWN = "not running";

	/**
	 * Why the server cannot be used, or {@code null} when it can. SQL state class 08 without a
	 * server's answer means nobody listens there; anything else the server said is given as it said it
	 * (53300 "too many clients already", 28P01 a wrong password, 3D000 no such database).
	 */
	static String refusal(String url) {
		try (Connection connection = DriverManager.getConnection(url, USER, PASSWORD)) {
			return connection.isValid(2) ? null : DOWN + " (no answer within 2 s)";
		}
		catch (SQLException e) {
			String state = e.getSQLState() == null ? "" : e.getSQLState();
			if (state.equals("08001") || state.equals("08006") && e.getCause() instanceof java.io.IOException) {
				return DOWN + " (" + e.getMessage() + ")";
			}
			return e.getMessage() + " (SQL state " + state + ")";
		}
	}

	private static String withApplicationName(String url) {
		return url.contains("ApplicationName=") ? url : url + (url.contains("?") ? "&" : "?") + "ApplicationName=" + APPLICATION;
	}

	public static String url() {
		return URL;
	}

	public static String user() {
		return USER;
	}

	public static String password() {
		return PASSWORD;
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

}
