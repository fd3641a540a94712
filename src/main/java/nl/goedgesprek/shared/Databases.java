package nl.goedgesprek.shared;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

/**
 * Which database the application runs on, where behaviour differs: PostgreSQL (production, several
 * nodes) or the embedded H2 (one node). Each caller decides what an unanswered question means.
 */
public final class Databases {

	private Databases() {
	}

	public static boolean isPostgres(Connection connection) throws SQLException {
		return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
	}

	public static boolean isPostgres(DataSource dataSource) throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			return isPostgres(connection);
		}
	}

}
