package nl.goedgesprek.insights.internal;

import java.sql.Date;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What became of the agreements made in a scope's held conversations: done on time, done late,
 * overdue, not achieved, dropped; and of the finished ones looked back on, the share the employee
 * said helped.
 */
@Component
public class FollowThrough {

	public record Result(long agreements, Figure doneOnTime, Figure doneLate, Figure overdue, Figure notAchieved,
			Figure dropped, Figure helped) {
	}

	private final JdbcClient jdbc;

	FollowThrough(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Result of(Scope scope, Period period) {
		Result result = HeldConversations.bind(jdbc.sql("""
				select count(*) as total, count(distinct i.employee_id) as people,
				       sum(case when g.status = 'DONE' and (g.due_date is null or cast(g.updated_at as date) <= g.due_date) then 1 else 0 end) as on_time,
				       sum(case when g.status = 'DONE' and g.due_date is not null and cast(g.updated_at as date) > g.due_date then 1 else 0 end) as late,
				       sum(case when g.status in ('OPEN', 'IN_PROGRESS') and g.due_date < :today then 1 else 0 end) as overdue,
				       sum(case when g.status = 'NOT_ACHIEVED' then 1 else 0 end) as not_achieved,
				       sum(case when g.status = 'DROPPED' then 1 else 0 end) as dropped"""
				+ HeldConversations.from(scope, "join agreement g on g.conversation_id = i.conversation_id")), scope, period)
			.param("today", Date.valueOf(period.today()))
			.query((rs, row) -> {
				long total = rs.getLong("total");
				long people = rs.getLong("people");
				return new Result(total, share(rs.getLong("on_time"), total, people), share(rs.getLong("late"), total, people),
						share(rs.getLong("overdue"), total, people), share(rs.getLong("not_achieved"), total, people),
						share(rs.getLong("dropped"), total, people), null);
			})
			.single();
		Figure helped = HeldConversations.bind(jdbc.sql("""
				select count(*) as answers, sum(case when r.helped = 'YES' then 1 else 0 end) as yes,
				       count(distinct i.employee_id) as people"""
				+ HeldConversations.from(scope, "join agreement g on g.conversation_id = i.conversation_id join agreement_review r on r.agreement = g.id")
				+ " and r.side = 'EMPLOYEE'"), scope, period)
			.query((rs, row) -> share(rs.getLong("yes"), rs.getLong("answers"), rs.getLong("people")))
			.single();
		return new Result(result.agreements(), result.doneOnTime(), result.doneLate(), result.overdue(),
				result.notAchieved(), result.dropped(), helped);
	}

	private static Figure share(long part, long total, long people) {
		return Figure.of(total == 0 ? 0 : (double) part / total, total == 0 ? 0 : people);
	}

}
