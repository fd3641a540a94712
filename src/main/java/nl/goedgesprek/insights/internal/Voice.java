package nl.goedgesprek.insights.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tweezijdigheid: how much of the input came from employees and how much from managers, in the held
 * conversations of a scope: talking points raised, words written in shared preparations, agreements
 * owned.
 */
@Component
public class Voice {

	/** Counts per side, and the employee's share of their sum as a figure. */
	public record Balance(long employee, long manager, Figure employeeShare) {
	}

	public record Result(Balance talkingPoints, Balance words, Balance agreements) {
	}

	private final JdbcClient jdbc;

	Voice(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Result of(Scope scope, Period period) {
		long people = HeldConversations.bind(jdbc.sql("select count(distinct c.employee_id)" + HeldConversations.from(scope)),
				scope, period).query(Long.class).single();
		return new Result(
				balance(scope, period, people, "select p.side as side, count(*) as amount", """
						join preparation p on p.conversation_id = c.id join talking_point t on t.preparation = p.id""",
						" and p.shared_at is not null group by p.side"),
				balance(scope, period, people, """
						select p.side as side, coalesce(sum(case when a.text is null or trim(a.text) = '' then 0
						       else length(trim(a.text)) - length(replace(trim(a.text), ' ', '')) + 1 end), 0) as amount""",
						"join preparation p on p.conversation_id = c.id join answer a on a.preparation = p.id",
						" and p.shared_at is not null group by p.side"),
				balance(scope, period, people, "select g.owner as side, count(*) as amount",
						"join agreement g on g.conversation_id = c.id", " group by g.owner"));
	}

	private Balance balance(Scope scope, Period period, long people, String select, String joins, String tail) {
		long[] sides = new long[2];
		HeldConversations.bind(jdbc.sql(select + HeldConversations.from(scope, joins) + tail), scope, period)
			.query(rs -> {
				sides["EMPLOYEE".equals(rs.getString("side")) ? 0 : 1] += rs.getLong("amount");
			});
		long total = sides[0] + sides[1];
		return new Balance(sides[0], sides[1], Figure.of(total == 0 ? 0 : (double) sides[0] / total, total == 0 ? 0 : people));
	}

}
