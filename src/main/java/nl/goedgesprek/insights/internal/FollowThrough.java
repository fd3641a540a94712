package nl.goedgesprek.insights.internal;

import java.sql.Date;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What became of the agreements made in a scope's held conversations: done on time, done late,
 * overdue, not achieved, dropped; and of the finished ones looked back on, the share the employee
 * said helped. From the monthly totals, except overdue, which depends on today.
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
				select coalesce(sum(m.agreements), 0) as total, coalesce(sum(m.done_on_time), 0) as on_time,
				       coalesce(sum(m.done_late), 0) as late, coalesce(sum(m.not_achieved), 0) as not_achieved,
				       coalesce(sum(m.dropped), 0) as dropped, coalesce(sum(m.helped_answers), 0) as answers,
				       coalesce(sum(m.helped_yes), 0) as yes,
				       (select count(*)""" + HeldConversations.agreements(scope) + """
				        and i.status in ('OPEN', 'IN_PROGRESS') and i.due_date < :today) as overdue,
				       """ + HeldConversations.people("last_agreement_on") + " as people, "
				+ HeldConversations.people("last_helped_on") + " as answering"
				+ HeldConversations.months("insight_agreement_month")), scope, period)
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
