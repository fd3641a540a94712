package nl.goedgesprek.followup.internal;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import nl.goedgesprek.conversations.ConversationChanged;
import nl.goedgesprek.conversations.RhythmFacts;
import nl.goedgesprek.conversations.RhythmReadings;
import nl.goedgesprek.people.EmployeeId;

/**
 * The rhythm read model ({@code rhythm_fact}): per employee when their last conversation was held,
 * the latest one planned, and the same for the annual conversation. HR's overdue list reads it for the
 * whole organisation in one indexed lookup per person instead of eight.
 * <p>
 * Kept current by conversations' {@link ConversationChanged}, published in the same transaction as
 * the change (a plain {@code @EventListener}, not after the commit): every change to a conversation's
 * status, date or kind is a save of its aggregate, whichever use case makes it. The row is locked first,
 * and then computed by a new statement, which sees every change committed before the lock was granted:
 * two saves for the same employee at once cannot leave the row of the one that committed first.
 */
@Component
public class RhythmReadModel implements RhythmReadings {

	/**
	 * When a held conversation took place: its planned moment, or the moment it was closed when that came
	 * earlier; the same expression as conversations' {@code HeldMoment}, which every query there uses.
	 */
	private static final String HELD_MOMENT = "(case when c.closed_at is not null and cast(c.closed_at as timestamp) < c.scheduled_at"
			+ " then cast(c.closed_at as timestamp) else c.scheduled_at end)";

	private static final String COMPUTED = """
			last_held = (select max(""" + HELD_MOMENT + """
			) from conversations_conversation_v c
			              where c.employee_id = :employee and c.status in ('HELD', 'COMPLETED')),
			last_planned = (select max(c.scheduled_at) from conversations_conversation_v c
			              where c.employee_id = :employee and c.status in ('PLANNED', 'STARTED')),
			last_annual = (select max(""" + HELD_MOMENT + """
			) from conversations_conversation_v c
			              where c.employee_id = :employee and c.kind = 'ANNUAL' and c.status in ('HELD', 'COMPLETED')),
			last_annual_planned = (select max(c.scheduled_at) from conversations_conversation_v c
			              where c.employee_id = :employee and c.kind = 'ANNUAL' and c.status in ('PLANNED', 'STARTED'))
			""";

	private final JdbcClient jdbc;

	private final TransactionTemplate savepoint;

	private final javax.sql.DataSource dataSource;

	RhythmReadModel(JdbcClient jdbc, PlatformTransactionManager transactions, javax.sql.DataSource dataSource) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	@EventListener
	void on(ConversationChanged changed) {
		// A transaction already marked to roll back undoes whatever is written here, and refuses the
		// savepoint below (a test that runs several requests in one transaction after a refusal).
		if (!rollingBack()) {
			refresh(changed.employee());
		}
	}

	private boolean rollingBack() {
		return org.springframework.transaction.support.TransactionSynchronizationManager.getResource(
				dataSource) instanceof org.springframework.jdbc.datasource.ConnectionHolder holder && holder.isRollbackOnly();
	}

	/** Computes the employee's row again from their conversations. */
	public void refresh(EmployeeId employee) {
		long id = employee.value();
		if (jdbc.sql("update rhythm_fact set employee_id = employee_id where employee_id = :employee")
			.param("employee", id)
			.update() == 0) {
			try {
				// in a savepoint: on PostgreSQL a failed insert would end the whole transaction
				savepoint.executeWithoutResult(status -> jdbc.sql("insert into rhythm_fact (employee_id) values (:employee)")
					.param("employee", id)
					.update());
			}
			catch (DuplicateKeyException insertedAtTheSameMoment) {
				jdbc.sql("update rhythm_fact set employee_id = employee_id where employee_id = :employee")
					.param("employee", id)
					.update();
			}
		}
		jdbc.sql("update rhythm_fact set " + COMPUTED + " where employee_id = :employee").param("employee", id).update();
	}

	/** All rows again from the conversations: after conversations were written without the aggregate. */
	public void rebuild() {
		jdbc.sql("delete from rhythm_fact").update();
		jdbc.sql("insert into rhythm_fact (employee_id) select distinct employee_id from conversations_conversation_v").update();
		jdbc.sql("update rhythm_fact set " + COMPUTED.replace(":employee", "rhythm_fact.employee_id")).update();
	}

	/**
	 * The facts HR's overdue list needs, from the read model: the dates and the pair's own rhythm, not
	 * the agreement counts (zero here; conversations' {@code Conversations#rhythmFacts} has them). Whether a
	 * conversation is planned is right; the planned date given is the latest one, not the next.
	 */
	@Override
	public Map<EmployeeId, RhythmFacts> overdueFacts(Map<EmployeeId, EmployeeId> currentManagers, LocalDateTime now) {
		LocalDateTime today = now.toLocalDate().atStartOfDay();
		Map<EmployeeId, Integer> pairWeeks = new HashMap<>();
		Map<EmployeeId, RhythmFacts> facts = new HashMap<>();
		RowCallbackHandler pairRhythm = rs -> {
			EmployeeId employee = EmployeeId.of(rs.getLong("employee_id"));
			if (EmployeeId.of(rs.getLong("manager_id")).equals(currentManagers.get(employee))) {
				pairWeeks.put(employee, rs.getInt("check_in_weeks"));
			}
		};
		RowCallbackHandler fact = rs -> {
			EmployeeId id = EmployeeId.of(rs.getLong("employee_id"));
			if (currentManagers.containsKey(id)) {
				// as LocalDateTime, not Timestamp: no calendar per value, 20,000 rows at a time
				LocalDateTime planned = rs.getObject("last_planned", LocalDateTime.class);
				LocalDateTime annualPlanned = rs.getObject("last_annual_planned", LocalDateTime.class);
				facts.put(id, new RhythmFacts(id, rs.getObject("last_held", LocalDateTime.class),
						planned == null || planned.isBefore(today) ? null : planned, 0, 0, null,
						rs.getObject("last_annual", LocalDateTime.class), annualPlanned != null && !annualPlanned.isBefore(today)));
			}
		};
		if (currentManagers.size() > WHOLE_TABLE_FROM) {
			// most of the organisation: two scans of small rows beat thousands of index lookups
			jdbc.sql("select employee_id, manager_id, check_in_weeks from pair_rhythm").query(pairRhythm);
			jdbc.sql(SELECT_FACTS).query(fact);
		}
		else {
			List<Long> ids = currentManagers.keySet().stream().map(EmployeeId::value).toList();
			// a thousand per statement: a statement carries at most 65,535 parameters on PostgreSQL
			for (int from = 0; from < ids.size(); from += 1_000) {
				List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 1_000));
				jdbc.sql("select employee_id, manager_id, check_in_weeks from pair_rhythm where employee_id in (:ids)")
					.param("ids", chunk)
					.query(pairRhythm);
				jdbc.sql(SELECT_FACTS + " where employee_id in (:ids)").param("ids", chunk).query(fact);
			}
		}
		currentManagers.keySet().forEach(id -> facts.putIfAbsent(id, new RhythmFacts(id, null, null, 0, 0, null)));
		pairWeeks.forEach((id, weeks) -> facts.computeIfPresent(id, (key, f) -> new RhythmFacts(key, f.lastHeld(),
				f.nextPlanned(), 0, 0, weeks, f.lastAnnual(), f.annualPlanned())));
		return facts;
	}

	/** From how many people on the whole tables are read instead of looked up per person. */
	private static final int WHOLE_TABLE_FROM = 2_000;

	private static final String SELECT_FACTS = "select employee_id, last_held, last_planned, last_annual, last_annual_planned from rhythm_fact";

}
