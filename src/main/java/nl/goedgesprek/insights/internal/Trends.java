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
 * with fewer than five people shows nothing. Read from the monthly totals, which count the different
 * people of each month.
 */
@Component
public class Trends {

	public record PulseMonth(YearMonth month, Figure good, Figure heard) {
	}

	public record StatementMonth(YearMonth month, Map<Topic, Figure> topics) {

		public StatementMonth {
			topics = Figure.frozen(topics);
		}

	}

	private static final Map<Topic, String> SCORES = FactColumns.SCORE;

	private final JdbcClient jdbc;

	Trends(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<PulseMonth> pulse(Scope scope, Period period) {
		return HeldConversations.bind(jdbc.sql("select m.held_year, m.held_month, m.pulse_good * 1.0 / m.pulse_answers as good,"
				+ " m.pulse_heard * 1.0 / m.pulse_answers as heard, m.pulse_people" + HeldConversations.months("insight_month")
				+ " and m.pulse_answers > 0 order by m.held_year, m.held_month"), scope, period)
			.query((rs, row) -> new PulseMonth(YearMonth.of(rs.getInt("held_year"), rs.getInt("held_month")),
					Figure.of(rs.getDouble("good"), rs.getLong("pulse_people")),
					Figure.of(rs.getDouble("heard"), rs.getLong("pulse_people"))))
			.list();
	}

	public List<StatementMonth> statements(Scope scope, Period period) {
		return HeldConversations.bind(jdbc.sql("select m.*" + HeldConversations.months("insight_month")
				+ " order by m.held_year, m.held_month"), scope, period)
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
