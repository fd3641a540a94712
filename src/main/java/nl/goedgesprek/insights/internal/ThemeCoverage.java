package nl.goedgesprek.insights.internal;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.goedgesprek.cards.Cards;
import nl.goedgesprek.cards.Topic;

/**
 * The heat map: per team, the share of its held conversations in which each required key theme got
 * joint notes. Theme keys map to key themes through the cards (keys are stable across versions).
 */
@Component
public class ThemeCoverage {

	/** One team's row; {@code conversations} carries how many people the shares are about. */
	public record Row(String teamName, Figure conversations, Map<Topic, Figure> topics) {
	}

	private final JdbcClient jdbc;

	private final Cards cards;

	ThemeCoverage(JdbcClient jdbc, Cards cards) {
		this.jdbc = jdbc;
		this.cards = cards;
	}

	public List<Row> perTeam(Scope scope, Period period) {
		Map<String, Topic> topicOf = new HashMap<>();
		cards.themesByKey().forEach((key, theme) -> {
			if (theme.topic() != null) {
				topicOf.put(key, theme.topic());
			}
		});
		Map<String, long[]> totals = new LinkedHashMap<>();
		HeldConversations.bind(jdbc.sql("select t.name, count(*) as held, count(distinct c.employee_id) as people"
				+ HeldConversations.from(scope, "join team t on t.id = e.team_id")
				+ " group by t.name order by t.name"), scope, period)
			.query(rs -> {
				totals.put(rs.getString("name"), new long[] { rs.getLong("held"), rs.getLong("people") });
			});
		Map<String, Map<Topic, Long>> covered = new HashMap<>();
		HeldConversations.bind(jdbc.sql("select t.name, n.theme_key, count(distinct c.id) as covered"
				+ HeldConversations.from(scope,
						"join team t on t.id = e.team_id join note n on n.conversation_id = c.id")
				+ " and n.text is not null and trim(n.text) <> '' group by t.name, n.theme_key"), scope, period)
			.query(rs -> {
				Topic topic = topicOf.get(rs.getString("theme_key"));
				if (topic != null) {
					covered.computeIfAbsent(rs.getString("name"), name -> new EnumMap<>(Topic.class))
						.merge(topic, rs.getLong("covered"), Long::sum);
				}
			});
		return totals.entrySet().stream().map(entry -> {
			long held = entry.getValue()[0];
			long people = entry.getValue()[1];
			Map<Topic, Figure> shares = new EnumMap<>(Topic.class);
			for (Topic topic : Topic.values()) {
				if (topic.requiredByOrganisation()) {
					long count = covered.getOrDefault(entry.getKey(), Map.of()).getOrDefault(topic, 0L);
					shares.put(topic, Figure.of(held == 0 ? 0 : Math.min(1.0, (double) count / held), people));
				}
			}
			return new Row(entry.getKey(), Figure.of(held, people), shares);
		}).toList();
	}

	static List<Topic> requiredTopics() {
		return java.util.Arrays.stream(Topic.values()).filter(Topic::requiredByOrganisation).toList();
	}

}
