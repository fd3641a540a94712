package nl.goedgesprek.insights.internal;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Everything a dashboard is computed from, as three numbers that move whenever it changes: people's
 * and development's data versions (their views, V39 and V40) and the read model's own ({@code
 * insight_lock}, moved by every change to the read model, {@link MonthlyTotals#lock}). While all three
 * stand, a dashboard computed after they were read still holds, on every node.
 * <p>
 * People's and development's versions are moved by PostgreSQL triggers, which catch every writer. H2
 * has no such triggers, so there the versions are not kept and nothing may be kept by them ({@link
 * #now} is empty). Inside a transaction they are not read either: people's and development's move at
 * the commit, so a transaction's own unsaved changes would not move them yet.
 */
@Component
class DataVersions {

	/** The three versions at one moment. */
	record Versions(long people, long development, long insights) {
	}

	/** The triggers that move the versions; without all of them nothing may be kept. */
	private static final String TRIGGERS = "'people_data_changed', 'development_data_changed'";

	private final JdbcClient jdbc;

	private volatile Boolean kept;

	DataVersions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The versions now; empty where they are not kept or within a transaction. */
	Optional<Versions> now() {
		if (TransactionSynchronizationManager.isActualTransactionActive() || !kept()) {
			return Optional.empty();
		}
		return Optional.of(jdbc.sql("""
				select p.version as people, d.version as development, i.version as insights
				from people_data_version_v p cross join development_data_version_v d cross join insight_lock i
				where i.id = 1""")
			.query((rs, row) -> new Versions(rs.getLong("people"), rs.getLong("development"), rs.getLong("insights")))
			.single());
	}

	/** Whether this database keeps the versions: its triggers are there (PostgreSQL), once looked up. */
	boolean kept() {
		Boolean known = kept;
		if (known == null) {
			known = jdbc.sql("select count(distinct lower(trigger_name)) from information_schema.triggers"
					+ " where lower(trigger_name) in (" + TRIGGERS + ") and trigger_schema = current_schema")
				.query(Long.class)
				.single() == 2;
			kept = known;
		}
		return known;
	}

}
