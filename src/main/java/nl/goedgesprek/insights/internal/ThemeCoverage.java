package nl.goedgesprek.insights.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.goedgesprek.cards.Topic;

/**
 * The heat map: per team, the share of its held conversations in which each required key theme got
 * joint notes.
 */
@Component
public class ThemeCoverage {

	/** One team's row; {@code conversations} carries how many people the shares are about. */
	public record Row(String teamName, Figure conversations, Map<Topic, Figure> topics) {
	}

	private static final Map<Topic, String> COLUMNS = FactColumns.NOTED;

	private final JdbcClient jdbc;

	ThemeCoverage(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Counted per employee first, then per team: the number of different people without a distinct count. */
	public List<Row> perTeam(Scope scope, Period period) {
		StringBuilder inner = new StringBuilder();
		StringBuilder outer = new StringBuilder();
		requiredTopics().forEach(topic -> {
			String column = COLUMNS.get(topic);
			inner.append(", sum(case when i.").append(column).append(" then 1 else 0 end) as ").append(column);
			outer.append(", sum(x.").append(column).append(") as ").append(column);
		});
		return HeldConversations.bind(jdbc.sql("select t.name, sum(x.held) as held, count(*) as people" + outer
				+ " from (select i.team_id, i.employee_id, count(*) as held" + inner + HeldConversations.from(scope)
				+ " group by i.team_id, i.employee_id) x join team t on t.id = x.team_id group by t.name order by t.name"),
				scope, period)
			.query((rs, row) -> {
				long held = rs.getLong("held");
				long people = rs.getLong("people");
				Map<Topic, Figure> shares = new EnumMap<>(Topic.class);
				for (Topic topic : requiredTopics()) {
					shares.put(topic, Figure.of(held == 0 ? 0 : (double) rs.getLong(COLUMNS.get(topic)) / held, people));
				}
				return new Row(rs.getString("name"), Figure.of(held, people), shares);
			})
			.list();
	}

	static List<Topic> requiredTopics() {
		return java.util.Arrays.stream(Topic.values()).filter(Topic::requiredByOrganisation).toList();
	}

}
