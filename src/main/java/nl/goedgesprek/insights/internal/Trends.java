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

	private static final Map<Topic, String> SCORES = Map.of(Topic.RESULTS, "score_results", Topic.DEVELOPMENT,
			"score_development", Topic.COLLABORATION, "score_collaboration", Topic.WELLBEING, "score_wellbeing",
			Topic.DIRECTION, "score_direction");

	private final JdbcClient jdbc;

	Trends(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<PulseMonth> pulse(Scope scope, Period period) {
		return HeldConversations.bind(jdbc.sql("""
				select i.held_year, i.held_month, avg(i.pulse_good * 1.0) as good, avg(i.pulse_heard * 1.0) as heard,
				       count(distinct i.employee_id) as people""" + HeldConversations.from(scope)
				+ " and i.pulse_good is not null group by i.held_year, i.held_month order by i.held_year, i.held_month"),
				scope, period)
			.query((rs, row) -> new PulseMonth(YearMonth.of(rs.getInt("held_year"), rs.getInt("held_month")),
					Figure.of(rs.getDouble("good"), rs.getLong("people")),
					Figure.of(rs.getDouble("heard"), rs.getLong("people"))))
			.list();
	}

	public List<StatementMonth> statements(Scope scope, Period period) {
		StringBuilder columns = new StringBuilder();
		SCORES.forEach((topic, column) -> columns.append(", avg(i.").append(column).append(" * 1.0) as ").append(column)
			.append(", count(distinct case when i.").append(column).append(" is not null then i.employee_id end) as ")
			.append(column).append("_people"));
		return HeldConversations.bind(jdbc.sql("select i.held_year, i.held_month" + columns + HeldConversations.from(scope)
				+ " group by i.held_year, i.held_month order by i.held_year, i.held_month"), scope, period)
			.query((rs, row) -> {
				Map<Topic, Figure> topics = new EnumMap<>(Topic.class);
				for (Map.Entry<Topic, String> score : SCORES.entrySet()) {
					long people = rs.getLong(score.getValue() + "_people");
					if (people > 0) {
						topics.put(score.getKey(), Figure.of(rs.getDouble(score.getValue()), people));
					}
				}
				return new StatementMonth(YearMonth.of(rs.getInt("held_year"), rs.getInt("held_month")), topics);
			})
			.list();
	}

}
