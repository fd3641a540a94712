package nl.goedgesprek.insights.internal;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import nl.goedgesprek.shared.Databases;

/**
 * Everything a dashboard is computed from, as three numbers that move whenever it changes: people's
 * and development's data versions (of what their views show, V39 and V40) and the read model's own
 * ({@code insight_lock.version}, V41). While all three stand, a dashboard computed after they were
 * read still holds, on every node.
 * <p>
 * PostgreSQL's triggers move them (V42 to V44), whoever writes. So they are only trusted on
 * PostgreSQL, and only while every one of those triggers is there and enabled: that is checked with
 * the versions, in the same statement, on every read. On H2 nothing moves them, so nothing is kept by
 * them there ({@link #now} is empty). Inside a transaction they are not read either: they move at the
 * commit, so a transaction's own unsaved changes would not have moved them yet.
 */
@Component
class DataVersions {

	private static final Logger log = LoggerFactory.getLogger(DataVersions.class);

	/** The three versions at one moment. */
	record Versions(long people, long development, long insights) {
	}

	/** Every trigger that moves a version, as table/trigger; without all of them enabled nothing is kept. */
	static final List<String> TRIGGERS = List.of("employee/people_data_added_or_removed", "employee/people_data_changed",
			"team/people_data_added_or_removed", "team/people_data_changed",
			"competency/development_data_added_or_removed", "competency/development_data_changed",
			"chosen_competency/development_data_added_or_removed", "chosen_competency/development_data_changed",
			"organisation_goal/development_data_added_or_removed", "organisation_goal/development_data_changed",
			"development_goal/development_data_added_or_removed", "development_goal/development_data_changed",
			"insight_conversation/insights_data_changed", "insight_agreement/insights_data_changed",
			"insight_month/insights_data_changed", "insight_agreement_month/insights_data_changed",
			"insight_reach/insights_data_changed");

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	/** Whether the database is PostgreSQL, once known. */
	private volatile Boolean postgres;

	private volatile boolean warned;

	DataVersions(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
	}

	/** The versions now; empty where they are not kept (H2, a trigger missing or disabled) or within a transaction. */
	Optional<Versions> now() {
		if (TransactionSynchronizationManager.isActualTransactionActive() || !postgres()) {
			return Optional.empty();
		}
		record Read(Versions versions, int triggers) {
		}
		Read read = jdbc.sql("""
				select p.version as people, d.version as development, i.version as insights,
				       (select count(*) from pg_trigger t join pg_class c on c.oid = t.tgrelid
				        where c.relnamespace = current_schema()::regnamespace and t.tgenabled in ('O', 'A')
				          and c.relname || '/' || t.tgname in (:triggers)) as triggers
				from people_data_version_v p cross join development_data_version_v d cross join insight_lock i
				where i.id = 1""")
			.param("triggers", TRIGGERS)
			.query((rs, row) -> new Read(new Versions(rs.getLong("people"), rs.getLong("development"), rs.getLong("insights")),
					rs.getInt("triggers")))
			.single();
		if (read.triggers() != TRIGGERS.size()) {
			if (!warned) {
				warned = true;
				log.warn("Insights: {} of the {} triggers that keep the data versions are there and enabled;"
						+ " every dashboard is computed anew until they all are", read.triggers(), TRIGGERS.size());
			}
			return Optional.empty();
		}
		return Optional.of(read.versions());
	}

	private boolean postgres() {
		Boolean known = postgres;
		if (known == null) {
			try {
				known = Databases.isPostgres(dataSource);
			}
			catch (SQLException unknown) {
				return false; // asked again next time
			}
			postgres = known;
		}
		return known;
	}

}
