package nl.goedgesprek.insights.internal;

import java.sql.Date;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What became of the agreements made in a scope's held conversations: done on time, done late,
 * overdue, not achieved, dropped; and of the finished ones looked back on, the share the employee
 * said helped. Counted per employee first, so the number of different people comes without a
 * costly distinct count.
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
		return HeldConversations.bind(jdbc.sql("""
				select coalesce(sum(total), 0) as total, count(*) as people, coalesce(sum(on_time), 0) as on_time,
				       coalesce(sum(late), 0) as late, coalesce(sum(overdue), 0) as overdue,
				       coalesce(sum(not_achieved), 0) as not_achieved, coalesce(sum(dropped), 0) as dropped,
				       coalesce(sum(answers), 0) as answers, coalesce(sum(yes), 0) as yes,
				       sum(case when answers > 0 then 1 else 0 end) as answering
				from (select i.employee_id, count(*) as total,
				       sum(case when i.status = 'DONE' and (i.due_date is null or i.updated_on <= i.due_date) then 1 else 0 end) as on_time,
				       sum(case when i.status = 'DONE' and i.due_date is not null and i.updated_on > i.due_date then 1 else 0 end) as late,
				       sum(case when i.status in ('OPEN', 'IN_PROGRESS') and i.due_date < :today then 1 else 0 end) as overdue,
				       sum(case when i.status = 'NOT_ACHIEVED' then 1 else 0 end) as not_achieved,
				       sum(case when i.status = 'DROPPED' then 1 else 0 end) as dropped,
				       sum(case when i.helped is not null then 1 else 0 end) as answers,
				       sum(case when i.helped = 'YES' then 1 else 0 end) as yes"""
				+ HeldConversations.agreements(scope) + " group by i.employee_id) per_employee"), scope, period)
			.param("today", Date.valueOf(period.today()))
			.query((rs, row) -> {
				long total = rs.getLong("total");
				long people = rs.getLong("people");
				return new Result(total, share(rs.getLong("on_time"), total, people), share(rs.getLong("late"), total, people),
						share(rs.getLong("overdue"), total, people), share(rs.getLong("not_achieved"), total, people),
						share(rs.getLong("dropped"), total, people),
						share(rs.getLong("yes"), rs.getLong("answers"), rs.getLong("answering")));
			})
			.single();
	}

	private static Figure share(long part, long total, long people) {
		return Figure.of(total == 0 ? 0 : (double) part / total, total == 0 ? 0 : people);
	}

}
