package nl.goedgesprek.insights.internal;

import java.time.YearMonth;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.goedgesprek.cards.Cards;
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

	private static final String MONTH = "extract(year from c.scheduled_at) as y, extract(month from c.scheduled_at) as m";

	private final JdbcClient jdbc;

	private final Cards cards;

	Trends(JdbcClient jdbc, Cards cards) {
		this.jdbc = jdbc;
		this.cards = cards;
	}

	public List<PulseMonth> pulse(Scope scope, Period period) {
		return HeldConversations.bind(jdbc.sql("select " + MONTH
				+ ", avg(p.good * 1.0) as good, avg(p.heard * 1.0) as heard, count(distinct c.employee_id) as people"
				+ HeldConversations.from(scope, "join pulse p on p.conversation = c.id")
				+ " and p.side = 'EMPLOYEE' group by extract(year from c.scheduled_at), extract(month from c.scheduled_at)"
				+ " order by 1, 2"), scope, period)
			.query((rs, row) -> new PulseMonth(YearMonth.of(rs.getInt("y"), rs.getInt("m")),
					Figure.of(rs.getDouble("good"), rs.getLong("people")),
					Figure.of(rs.getDouble("heard"), rs.getLong("people"))))
			.list();
	}

	public List<StatementMonth> statements(Scope scope, Period period) {
		Map<String, Topic> topicOf = new HashMap<>();
		cards.themesByKey().forEach((key, theme) -> {
			if (theme.topic() != null) {
				topicOf.put(key + ".statement", theme.topic());
			}
		});
		Map<YearMonth, Map<Topic, Figure>> months = new TreeMap<>();
		HeldConversations.bind(jdbc.sql("select " + MONTH
				+ ", a.preparation_key as statement, avg(a.score * 1.0) as score, count(distinct c.employee_id) as people"
				+ HeldConversations.from(scope, "join preparation p on p.conversation_id = c.id join answer a on a.preparation = p.id")
				+ " and p.side = 'EMPLOYEE' and p.shared_at is not null and a.score is not null"
				+ " group by extract(year from c.scheduled_at), extract(month from c.scheduled_at), a.preparation_key"), scope, period)
			.query(rs -> {
				Topic topic = topicOf.get(rs.getString("statement"));
				if (topic != null) {
					months.computeIfAbsent(YearMonth.of(rs.getInt("y"), rs.getInt("m")), m -> new EnumMap<>(Topic.class))
						.put(topic, Figure.of(rs.getDouble("score"), rs.getLong("people")));
				}
			});
		return months.entrySet().stream().map(entry -> new StatementMonth(entry.getKey(), entry.getValue())).toList();
	}

}
