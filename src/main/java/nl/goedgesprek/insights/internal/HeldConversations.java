package nl.goedgesprek.insights.internal;

import java.sql.Date;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The one definition every conversation figure shares: what was held in the period, in the scope
 * (the team or manager at the time of the conversation). Figures read the monthly totals of the
 * scope; the number of different people comes from {@code insight_reach}; only what depends on
 * today reads the per-agreement rows.
 */
final class HeldConversations {

	private HeldConversations() {
	}

	/** The scope's monthly totals in {@code table}, aliased {@code m}, of the months in the period. */
	static String months(String table) {
		return " from " + table + " m where m.scope_kind = :kind and m.scope_id = :scopeId and " + IN_PERIOD + " ";
	}

	/**
	 * SQL that keeps the monthly totals ({@code m}) of the months in the period. The years first: the
	 * month numbers alone cannot use an index, so an organisation's dashboard read every team's months
	 * of every year; the years narrow it through {@code insight_month (scope_kind, held_year, held_month)}.
	 */
	static final String IN_PERIOD = "m.held_year >= :fromYear and m.held_year <= :untilYear"
			+ " and m.held_year * 12 + m.held_month >= :fromMonth and m.held_year * 12 + m.held_month <= :untilMonth";

	/**
	 * How many different employees of the scope have their last such day in the period. The period
	 * ends today and nothing is held later than today, so "on or after the start" is enough.
	 * @param column one of {@code last_held_on}, {@code last_agreement_on}, {@code last_helped_on}
	 */
	static String people(String column) {
		return "(select count(*) from insight_reach r where r.scope_kind = :kind and r.scope_id = :scopeId and r." + column
				+ " >= :from)";
	}

	/** The period's agreement rows in the scope, aliased {@code i}. */
	static String agreements(Scope scope) {
		return " from insight_agreement i where " + scope.factsWhere() + " and i.held_on >= :from and i.held_on <= :until ";
	}

	static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Scope scope, Period period) {
		return scope.bind(spec.param("from", Date.valueOf(period.from()))
			.param("until", Date.valueOf(period.today()))
			.param("fromYear", period.from().getYear())
			.param("untilYear", period.today().getYear())
			.param("fromMonth", monthNumber(period.from()))
			.param("untilMonth", monthNumber(period.today())));
	}

	private static int monthNumber(LocalDate day) {
		return day.getYear() * 12 + day.getMonthValue();
	}

}
