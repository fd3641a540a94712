package nl.goedgesprek.insights.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tweezijdigheid: how much of the input came from employees and how much from managers, in the held
 * conversations of a scope: talking points raised, words written in shared preparations, agreements
 * owned. These are exact sums, so they are hidden while subtracting another view (the teams' from
 * the organisation's, a shorter period's, a team's from a manager's) would leave a rest of one to four
 * people ({@link Subtraction}).
 */
@Component
public class Voice {

	/** Counts per side, and the employee's share of their sum as a figure. */
	public record Balance(long employee, long manager, Figure employeeShare) {

		static Balance of(long employee, long manager, long people) {
			long total = employee + manager;
			return new Balance(employee, manager, Figure.of(total == 0 ? 0 : (double) employee / total, total == 0 ? 0 : people));
		}

		Balance withRest(long rest) {
			return new Balance(employee, manager, employeeShare.withRest(rest));
		}

	}

	public record Result(Balance talkingPoints, Balance words, Balance agreements) {
	}

	private final JdbcClient jdbc;

	Voice(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The sums of a scope's conversations; {@link Subtraction} hides what combining views would narrow down. */
	public Result of(Scope scope, Period period) {
		return totals(scope, period);
	}

	private Result totals(Scope scope, Period period) {
		return HeldConversations.bind(jdbc.sql("select " + HeldConversations.people("last_held_on") + """
				 as people,
				       coalesce(sum(m.points_employee), 0) as pe, coalesce(sum(m.points_manager), 0) as pm,
				       coalesce(sum(m.words_employee), 0) as we, coalesce(sum(m.words_manager), 0) as wm,
				       coalesce(sum(m.agreements_employee), 0) as ae, coalesce(sum(m.agreements_manager), 0) as am"""
				+ HeldConversations.months("insight_month")), scope, period)
			.query((rs, row) -> {
				long people = rs.getLong("people");
				return new Result(Balance.of(rs.getLong("pe"), rs.getLong("pm"), people),
						Balance.of(rs.getLong("we"), rs.getLong("wm"), people),
						Balance.of(rs.getLong("ae"), rs.getLong("am"), people));
			})
			.single();
	}

}
