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

	/**
	 * One team's row; {@code conversations} carries how many people the shares are about.
	 * @param teamName {@code null} for a manager's reports
	 */
	public record Row(String teamName, Figure conversations, Map<Topic, Figure> topics, Long team) {

		public Row(String teamName, Figure conversations, Map<Topic, Figure> topics) {
			this(teamName, conversations, topics, null);
		}

		/** The same row with every share hidden while {@code rest} is one to four people ({@link Subtraction}). */
		Row withRest(long rest) {
			Map<Topic, Figure> shares = new EnumMap<>(Topic.class);
			topics.forEach((topic, figure) -> shares.put(topic, figure.withRest(rest)));
			return new Row(teamName, conversations.withRest(rest), shares, team);
		}

	}

	private static final Map<Topic, String> COLUMNS = FactColumns.NOTED;

	private final JdbcClient jdbc;

	ThemeCoverage(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The organisation: a row per team. One team: its row. A manager's reports: one row, without a
	 * team name, since the totals are kept per manager and not per manager and team.
	 */
	public List<Row> perTeam(Scope scope, Period period) {
		StringBuilder noted = new StringBuilder();
		requiredTopics().forEach(topic -> noted.append(", sum(m.").append(COLUMNS.get(topic)).append(") as ")
			.append(COLUMNS.get(topic)));
		String sql = scope.kind() == ScopeKind.MANAGER
				? "select cast(null as varchar(1)) as name, cast(null as bigint) as team_id, sum(m.held) as held, " + HeldConversations.people("last_held_on")
						+ " as people" + noted + HeldConversations.months("insight_month") + " having sum(m.held) > 0"
				: "select t.name, m.scope_id as team_id, sum(m.held) as held, max(r.people) as people" + noted + """
						 from insight_month m join team t on t.id = m.scope_id
						left join (select r.scope_id, count(*) as people from insight_reach r
						           where r.scope_kind = 'T' and r.last_held_on >= :from group by r.scope_id) r on r.scope_id = m.scope_id
						where m.scope_kind = 'T' and""" + " " + HeldConversations.IN_PERIOD
						+ (scope.isOrganisation() ? "" : " and m.scope_id = :scopeId") + " group by m.scope_id, t.name order by t.name";
		return HeldConversations.bind(jdbc.sql(sql), scope, period)
			.query((rs, row) -> {
				long held = rs.getLong("held");
				long people = rs.getLong("people");
				Map<Topic, Figure> shares = new EnumMap<>(Topic.class);
				for (Topic topic : requiredTopics()) {
					shares.put(topic, Figure.of(held == 0 ? 0 : (double) rs.getLong(COLUMNS.get(topic)) / held, people));
				}
				long team = rs.getLong("team_id");
				return new Row(rs.getString("name"), Figure.of(held, people), shares, rs.wasNull() ? null : team);
			})
			.list();
	}

	static List<Topic> requiredTopics() {
		return java.util.Arrays.stream(Topic.values()).filter(Topic::requiredByOrganisation).toList();
	}

}
