package nl.goedgesprek.insights.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tweezijdigheid: how much of the input came from employees and how much from managers, in the held
 * conversations of a scope: talking points raised, words written in shared preparations, agreements
 * owned. These are exact sums, so the organisation's are hidden while subtracting the teams' would
 * leave a rest of one to four people (secondary suppression, as in {@link DevelopmentWishes}).
 */
@Component
public class Voice {

	/** Counts per side, and the employee's share of their sum as a figure. */
	public record Balance(long employee, long manager, Figure employeeShare) {

		static Balance of(long employee, long manager, long people) {
			long total = employee + manager;
			return new Balance(employee, manager, Figure.of(total == 0 ? 0 : (double) employee / total, total == 0 ? 0 : people));
		}

	}

	public record Result(Balance talkingPoints, Balance words, Balance agreements) {
	}

	private final JdbcClient jdbc;

	Voice(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Result of(Scope scope, Period period) {
		Result result = totals(scope, period);
		if (!scope.isOrganisation()) {
			return result;
		}
		long rest = rest(period);
		return new Result(withRest(result.talkingPoints(), rest), withRest(result.words(), rest),
				withRest(result.agreements(), rest));
	}

	/**
	 * The organisation's counts minus the counts the team dashboards show are the counts of everyone
	 * else: the people of the teams whose figures are hidden and the conversations without a team.
	 * How many different employees that rest is, in the period.
	 */
	private long rest(Period period) {
		// Two parts, each through the index on team and day: with "team is null or team in (...)" in one
		// condition PostgreSQL read all the period's rows (130 ms at 20,000 people instead of 8).
		return HeldConversations.bind(jdbc.sql("""
				select count(distinct x.employee_id) from (
				  select i.employee_id from insight_conversation i
				  where i.team_id is null and i.held_on >= :from and i.held_on <= :until
				  union all
				  select i.employee_id from insight_conversation i
				  join (select r.scope_id from insight_reach r
				        where r.scope_kind = :teamKind and r.last_held_on >= :from
				        group by r.scope_id having count(*) < :minimum) hidden on hidden.scope_id = i.team_id
				  where i.held_on >= :from and i.held_on <= :until) x"""), Scope.organisation(), period)
			.param("teamKind", ScopeKind.TEAM.code)
			.param("minimum", Figure.MINIMUM_PEOPLE)
			.query(Long.class)
			.single();
	}

	private static Balance withRest(Balance balance, long rest) {
		return new Balance(balance.employee(), balance.manager(), balance.employeeShare().withRest(rest));
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
