package nl.goedgesprek.insights.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the pre-aggregated tables ({@code insight_month}, {@code insight_agreement_month},
 * {@code insight_reach}) in step with the per-conversation read model. Nothing is added to or taken
 * from a total: a month's totals, or a person's reach, are computed again from the read model's rows
 * whenever one of those rows changes. That is a few dozen rows for a team or a manager and one month
 * of the organisation's rows (tens of milliseconds at 20,000 people), and it cannot drift.
 * <p>
 * Every change first locks the single {@code insight_lock} row, so two listeners recomputing the same
 * month one after the other each see the other's rows. Callers run inside a transaction.
 */
@Component
class MonthlyTotals {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(MonthlyTotals.class);

	/** The read-model rows a change touched: where they were before and where they are now. */
	static final class Touched {

		private final Set<Cell> cells = new LinkedHashSet<>();

		private final Set<Reach> reaches = new LinkedHashSet<>();

		/** Whether conversation rows changed; when only agreements did, their months' conversation totals stand. */
		private boolean conversations;

		void add(long employee, Long team, long manager, LocalDate heldOn) {
			for (ScopeKind kind : ScopeKind.values()) {
				long id = kind.idOf(team, manager);
				cells.add(new Cell(kind, id, YearMonth.from(heldOn)));
				reaches.add(new Reach(kind, id, employee));
			}
		}

	}

	private record Cell(ScopeKind kind, long id, YearMonth month) {
	}

	private record Reach(ScopeKind kind, long id, long employee) {
	}

	private final JdbcClient jdbc;

	MonthlyTotals(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Waits for any other change to the read model to finish; held until the transaction ends. Every
	 * change to the read model and its totals starts here. (On PostgreSQL the change then moves the read
	 * model's version at its commit, by trigger: {@link DataVersions}.)
	 */
	void lock() {
		jdbc.sql("select id from insight_lock where id = 1 for update").query(Integer.class).single();
	}

	/** Where the read-model rows of this conversation and its agreements are, added to {@code touched}. */
	void collectConversation(long conversationId, Touched touched) {
		touched.conversations = true;
		collect("insight_conversation", "conversation_id", conversationId, touched);
		collect("insight_agreement", "conversation_id", conversationId, touched);
	}

	void collectAgreement(long agreementId, Touched touched) {
		collect("insight_agreement", "agreement_id", agreementId, touched);
	}

	private void collect(String table, String column, long id, Touched touched) {
		jdbc.sql("select employee_id, team_id, manager_id, held_on from " + table + " where " + column + " = :id")
			.param("id", id)
			.query((rs, row) -> {
				long team = rs.getLong("team_id");
				touched.add(rs.getLong("employee_id"), rs.wasNull() ? null : team, rs.getLong("manager_id"),
						rs.getDate("held_on").toLocalDate());
				return null;
			})
			.list();
	}

	/** Computes the touched months and reaches again from the read model. */
	void recompute(Touched touched) {
		for (Cell cell : touched.cells) {
			String where = cell.kind().rowsOf(cell.id()) + " and i.held_on >= :start and i.held_on < :end";
			if (touched.conversations) {
				recomputeMonth("insight_month", conversationMonths(cell.kind(), where), cell);
			}
			recomputeMonth("insight_agreement_month", agreementMonths(cell.kind(), where), cell);
		}
		for (Reach reach : touched.reaches) {
			jdbc.sql("delete from insight_reach where scope_kind = :kind and scope_id = :scopeId and employee_id = :employee")
				.param("kind", reach.kind().code)
				.param("scopeId", reach.id())
				.param("employee", reach.employee())
				.update();
			jdbc.sql(reaches(reach.kind(), reach.kind().rowsOf(reach.id()) + " and i.employee_id = :employee"))
				.param("scopeId", reach.id())
				.param("employee", reach.employee())
				.update();
		}
	}

	private void recomputeMonth(String table, String insert, Cell cell) {
		jdbc.sql("delete from " + table + " where scope_kind = :kind and scope_id = :scopeId"
				+ " and held_year = :year and held_month = :month")
			.param("kind", cell.kind().code)
			.param("scopeId", cell.id())
			.param("year", cell.month().getYear())
			.param("month", cell.month().getMonthValue())
			.update();
		jdbc.sql(insert)
			.param("scopeId", cell.id())
			.param("start", Date.valueOf(cell.month().atDay(1)))
			.param("end", Date.valueOf(cell.month().plusMonths(1).atDay(1)))
			.update();
	}

	/** Throws every total away and adds them all up again from the read model. */
	void rebuild() {
		long start = System.nanoTime();
		for (String table : List.of("insight_month", "insight_agreement_month", "insight_reach")) {
			jdbc.sql("delete from " + table).update();
		}
		for (ScopeKind kind : ScopeKind.values()) {
			jdbc.sql(conversationMonths(kind, "1 = 1")).update();
			jdbc.sql(agreementMonths(kind, "1 = 1")).update();
			jdbc.sql(reaches(kind, "1 = 1")).update();
		}
		log.info("Insights: added up all monthly totals in {} ms", (System.nanoTime() - start) / 1_000_000);
	}

	/** Whether there are read-model rows but no totals yet (the first start after this table came). */
	boolean missing() {
		return !any("insight_month") && any("insight_conversation");
	}

	private boolean any(String table) {
		return jdbc.sql("select 1 from " + table + " fetch first 1 rows only").query(Integer.class).optional().isPresent();
	}

	private static String conversationMonths(ScopeKind kind, String where) {
		StringBuilder columns = new StringBuilder("scope_kind, scope_id, held_year, held_month, held");
		StringBuilder values = new StringBuilder("'" + kind.code + "', x.scope_id, x.held_year, x.held_month, count(*)");
		FactColumns.NOTED.values().forEach(column -> {
			columns.append(", ").append(column);
			values.append(", sum(case when x.").append(column).append(" then 1 else 0 end)");
		});
		for (String column : List.of("points_employee", "points_manager", "words_employee", "words_manager",
				"agreements_employee", "agreements_manager")) {
			columns.append(", ").append(column);
			values.append(", sum(x.").append(column).append(')');
		}
		columns.append(", pulse_answers, pulse_good, pulse_heard, pulse_people");
		values.append(", count(x.pulse_good), sum(x.pulse_good), sum(x.pulse_heard), ").append(people("x.pulse_good"));
		FactColumns.SCORE.values().forEach(column -> {
			columns.append(", ").append(column).append(", ").append(column).append("_n, ").append(column).append("_people");
			values.append(", sum(x.").append(column).append("), count(x.").append(column).append("), ")
				.append(people("x." + column));
		});
		return "insert into insight_month (" + columns + ") select " + values + " from (select " + kind.idOfRow
				+ " as scope_id, i.* from insight_conversation i where " + where + ") x"
				+ " group by x.scope_id, x.held_year, x.held_month";
	}

	private static String agreementMonths(ScopeKind kind, String where) {
		return "insert into insight_agreement_month (scope_kind, scope_id, held_year, held_month, agreements, done_on_time,"
				+ " done_late, not_achieved, dropped, helped_answers, helped_yes)"
				+ " select '" + kind.code + "', x.scope_id, x.held_year, x.held_month, count(*),"
				+ " sum(case when x.status = 'DONE' and (x.due_date is null or x.updated_on <= x.due_date) then 1 else 0 end),"
				+ " sum(case when x.status = 'DONE' and x.due_date is not null and x.updated_on > x.due_date then 1 else 0 end),"
				+ " sum(case when x.status = 'NOT_ACHIEVED' then 1 else 0 end),"
				+ " sum(case when x.status = 'DROPPED' then 1 else 0 end),"
				+ " count(x.helped), sum(case when x.helped = 'YES' then 1 else 0 end)"
				+ " from (select " + kind.idOfRow + " as scope_id, extract(year from i.held_on) as held_year,"
				+ " extract(month from i.held_on) as held_month, i.status, i.due_date, i.updated_on, i.helped"
				+ " from insight_agreement i where " + where + ") x"
				+ " group by x.scope_id, x.held_year, x.held_month";
	}

	/** Per employee, the last day of each kind; an employee without a conversation row in the scope has none. */
	private static String reaches(ScopeKind kind, String where) {
		return "insert into insight_reach (scope_kind, scope_id, employee_id, last_held_on, last_agreement_on, last_helped_on)"
				+ " select '" + kind.code + "', x.scope_id, x.employee_id, max(x.held), max(x.agreed), max(x.helped)"
				+ " from (select " + kind.idOfRow + " as scope_id, i.employee_id, i.held_on as held,"
				+ " cast(null as date) as agreed, cast(null as date) as helped"
				+ " from insight_conversation i where " + where
				+ " union all select " + kind.idOfRow + ", i.employee_id, cast(null as date), i.held_on,"
				+ " case when i.helped is not null then i.held_on end"
				+ " from insight_agreement i where " + where + ") x"
				+ " group by x.scope_id, x.employee_id having max(x.held) is not null";
	}

	/** How many different employees have a value in this column. */
	private static String people(String column) {
		return "count(distinct case when " + column + " is not null then x.employee_id end)";
	}

}
