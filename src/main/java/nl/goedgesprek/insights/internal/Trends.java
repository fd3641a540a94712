package nl.goedgesprek.insights.internal;

import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.goedgesprek.cards.Topic;

/**
 * Month by month, averaged over the employees whose conversations fell in that month: the pulse on
 * the conversation (the employees' answers) and the employees' 1-5 statements per key theme. A month
 * with fewer than five people shows nothing.
 */
@Component
public class Trends {

	public record PulseMonth(YearMonth month, Figure good, Figure heard) {
	}

	public record StatementMonth(YearMonth month, Map<Topic, Figure> topics) {
	}

	private static final Map<Topic, String> SCORES = FactColumns.SCORE;

	private final JdbcClient jdbc;

	Trends(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Sums and counts per employee and month first, then per month: exact averages, people without a distinct count. */
	public List<PulseMonth> pulse(Scope scope, Period period) {
		return HeldConversations.bind(jdbc.sql("""
				select held_year, held_month, sum(good) * 1.0 / sum(answers) as good, sum(heard) * 1.0 / sum(answers) as heard,
				       count(*) as people
				from (select i.held_year, i.held_month, i.employee_id, sum(i.pulse_good) as good, sum(i.pulse_heard) as heard,
				             count(*) as answers""" + HeldConversations.from(scope)
				+ " and i.pulse_good is not null group by i.held_year, i.held_month, i.employee_id) x"
				+ " group by held_year, held_month order by held_year, held_month"), scope, period)
			.query((rs, row) -> new PulseMonth(YearMonth.of(rs.getInt("held_year"), rs.getInt("held_month")),
					Figure.of(rs.getDouble("good"), rs.getLong("people")),
					Figure.of(rs.getDouble("heard"), rs.getLong("people"))))
			.list();
	}

	public List<StatementMonth> statements(Scope scope, Period period) {
		StringBuilder inner = new StringBuilder();
		StringBuilder outer = new StringBuilder();
		SCORES.forEach((topic, column) -> {
			inner.append(", sum(i.").append(column).append(") as ").append(column).append(", count(i.").append(column)
				.append(") as ").append(column).append("_n");
			outer.append(", sum(").append(column).append(") as ").append(column).append(", sum(").append(column)
				.append("_n) as ").append(column).append("_n, sum(case when ").append(column)
				.append("_n > 0 then 1 else 0 end) as ").append(column).append("_people");
		});
		return HeldConversations.bind(jdbc.sql("select held_year, held_month" + outer
				+ " from (select i.held_year, i.held_month, i.employee_id" + inner + HeldConversations.from(scope)
				+ " group by i.held_year, i.held_month, i.employee_id) x group by held_year, held_month"
				+ " order by held_year, held_month"), scope, period)
			.query((rs, row) -> {
				Map<Topic, Figure> topics = new EnumMap<>(Topic.class);
				for (Map.Entry<Topic, String> score : SCORES.entrySet()) {
					long answers = rs.getLong(score.getValue() + "_n");
					if (answers > 0) {
						topics.put(score.getKey(), Figure.of(rs.getDouble(score.getValue()) / answers,
								rs.getLong(score.getValue() + "_people")));
					}
				}
				return new StatementMonth(YearMonth.of(rs.getInt("held_year"), rs.getInt("held_month")), topics);
			})
			.list();
	}

}
