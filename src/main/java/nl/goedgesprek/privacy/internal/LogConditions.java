package nl.goedgesprek.privacy.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

import nl.goedgesprek.shared.Dates;

/**
 * The conditions of a search in a log (the audit trail, the read log) as SQL with its parameters:
 * only the conditions that were asked for, days as whole Dutch days. One piece for both logs.
 */
final class LogConditions {

	private final StringBuilder where = new StringBuilder("1 = 1");

	private final Map<String, Object> parameters = new LinkedHashMap<>();

	/** {@code column = value}, when a value was asked for. */
	LogConditions equal(String column, String name, Object value) {
		if (value != null) {
			where.append(" and ").append(column).append(" = :").append(name);
			parameters.put(name, value);
		}
		return this;
	}

	/** Either column equals the value (a person as the one who did it or the one it concerned). */
	LogConditions either(String column, String other, String name, Object value) {
		if (value != null) {
			where.append(" and (").append(column).append(" = :").append(name).append(" or ").append(other)
				.append(" = :").append(name).append(')');
			parameters.put(name, value);
		}
		return this;
	}

	/** From the start of this day (in Dutch time) on. */
	LogConditions from(String column, LocalDate day) {
		if (day != null) {
			where.append(" and ").append(column).append(" >= :from");
			parameters.put("from", Timestamp.from(day.atStartOfDay(Dates.ZONE).toInstant()));
		}
		return this;
	}

	/** Up to and including this day (in Dutch time). */
	LogConditions until(String column, LocalDate day) {
		if (day != null) {
			where.append(" and ").append(column).append(" < :until");
			parameters.put("until", Timestamp.from(day.plusDays(1).atStartOfDay(Dates.ZONE).toInstant()));
		}
		return this;
	}

	String where() {
		return where.toString();
	}

	JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
		for (Map.Entry<String, Object> parameter : parameters.entrySet()) {
			statement = statement.param(parameter.getKey(), parameter.getValue());
		}
		return statement;
	}

}
