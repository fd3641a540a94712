package nl.goedgesprek.support;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a test needs to say "nothing was written": per table its number of rows and, where rows
 * carry a version, the sum of the versions, so an update shows as well as an insert or a delete.
 * Taken once the events of earlier requests have all been handled, so a listener finishing late is
 * not mistaken for a write of the request under test. For the embedded H2 test database.
 */
public final class DatabaseFingerprint {

	private final JdbcClient jdbc;

	private final String query;

	private final Map<String, List<String>> textColumns;

	/**
	 * Every table but the machinery's: the event registry, Flyway's history, and since issue 14 the
	 * sessions (a refused request still has a session, for its flash message or the saved page), the
	 * throttles' buckets and the job locks; none of them holds what a person wrote.
	 */
	public DatabaseFingerprint(JdbcClient jdbc) {
		this.jdbc = jdbc;
		List<String> tables = jdbc.sql("""
				select table_name from information_schema.tables
				where table_schema = 'PUBLIC' and table_type = 'BASE TABLE'
				  and lower(table_name) not in ('event_publication', 'flyway_schema_history', 'spring_session', 'spring_session_attributes', 'throttle_bucket', 'shedlock') order by table_name""")
			.query(String.class)
			.list();
		List<String> versioned = jdbc.sql("""
				select table_name from information_schema.columns
				where table_schema = 'PUBLIC' and lower(column_name) = 'version'""")
			.query(String.class)
			.list();
		this.query = tables.stream()
			.map(table -> "select '" + table + "' as t, count(*) as n, "
					+ (versioned.contains(table) ? "coalesce(sum(version), 0)" : "0") + " as v from " + table)
			.collect(Collectors.joining(" union all "));
		this.textColumns = jdbc.sql("""
				select table_name, column_name from information_schema.columns
				where table_schema = 'PUBLIC' and data_type in ('CHARACTER VARYING', 'CHARACTER LARGE OBJECT')
				  and lower(table_name) not in ('event_publication', 'flyway_schema_history', 'spring_session', 'spring_session_attributes', 'throttle_bucket', 'shedlock')""")
			.query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2)))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey, TreeMap::new,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
	}

	/** The state of every table now. */
	public State take() {
		settle();
		Map<String, String> rows = new TreeMap<>();
		jdbc.sql(query).query(rs -> {
			rows.put(rs.getString("t"), rs.getLong("n") + " rows, versions " + rs.getLong("v"));
		});
		return new State(rows);
	}

	/**
	 * How many stored texts start with the marker but are shorter than the text that was sent: one
	 * statement over every text column of every table (one per table took the attack walk 40 round trips
	 * per over-long value).
	 */
	public long cutCopiesOf(String marker, int sentLength) {
		settle();
		String perTable = textColumns.entrySet()
			.stream()
			.map(table -> "select count(*) as n from " + table.getKey() + " where " + table.getValue()
				.stream()
				.map(column -> "(" + column + " like :marker and length(" + column + ") < :length)")
				.collect(Collectors.joining(" or ")))
			.collect(Collectors.joining(" union all "));
		return jdbc.sql("select coalesce(sum(n), 0) from (" + perTable + ") counted")
			.param("marker", marker + "%")
			.param("length", sentLength)
			.query(Long.class)
			.single();
	}

	/** Waits (up to five seconds) until every event published so far has been handled. */
	private void settle() {
		for (int i = 0; i < 100; i++) {
			Long open = jdbc.sql("select count(*) from event_publication where completion_date is null")
				.query(Long.class)
				.single();
			if (open == 0) {
				return;
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	public record State(Map<String, String> rows) {

		/** The tables that differ, with both counts. */
		public String difference(State after) {
			return rows.keySet()
				.stream()
				.filter(table -> !rows.get(table).equals(after.rows().get(table)))
				.map(table -> table + " (" + rows.get(table) + " → " + after.rows().get(table) + ")")
				.collect(Collectors.joining(", "));
		}

	}

}
