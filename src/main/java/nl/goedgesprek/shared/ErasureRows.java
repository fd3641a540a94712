package nl.goedgesprek.shared;

import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The two statements an {@link ErasableData} bean is made of, each in its counting and its real form
 * with one condition, so a dry run counts exactly what the real run changes. Table, column and
 * condition texts are the bean's own constants, never input; values always go in as parameters.
 */
public final class ErasureRows {

	private final JdbcClient jdbc;

	private final boolean erase;

	private final Map<String, ?> params;

	private ErasureRows(JdbcClient jdbc, boolean erase, Map<String, ?> params) {
		this.jdbc = jdbc;
		this.erase = erase;
		this.params = params;
	}

	public static ErasureRows of(JdbcClient jdbc, boolean erase, Map<String, ?> params) {
		return new ErasureRows(jdbc, erase, params);
	}

	/**
	 * For a retention term: parameters {@code :before} (the term's moment) and {@code :held} (people under
	 * a legal hold, never empty, so {@code not in (:held)} is valid SQL when nobody is held).
	 */
	public static ErasureRows pastTerm(JdbcClient jdbc, boolean erase, java.time.Instant before,
			java.util.Set<Long> held) {
		java.util.Set<Long> kept = new java.util.HashSet<>(held);
		kept.add(-1L);
		return new ErasureRows(jdbc, erase, Map.of("before", java.sql.Timestamp.from(before), "held", kept));
	}

	/** Deletes the rows of {@code table} that meet {@code where}, or counts them. */
	public long delete(String table, String where) {
		return erase ? jdbc.sql("delete from " + table + " where " + where).params(params).update() : count(table, where);
	}

	/**
	 * Sets {@code set} on the rows of {@code table} that meet {@code where}, or counts them. The
	 * condition must exclude rows already changed (e.g. {@code and text is not null}), so a second run
	 * counts nothing.
	 */
	public long update(String table, String set, String where) {
		return erase ? jdbc.sql("update " + table + " set " + set + " where " + where).params(params).update()
				: count(table, where);
	}

	private long count(String table, String where) {
		return jdbc.sql("select count(*) from " + table + " where " + where).params(params).query(Long.class).single();
	}

	/**
	 * A LIKE pattern (with {@code escape '!'}) for lower-cased text that contains this value anywhere: to
	 * find a person's name or address copied into a text.
	 */
	public static String containing(String value) {
		String escaped = value.toLowerCase(java.util.Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
		return "%" + escaped + "%";
	}

}
