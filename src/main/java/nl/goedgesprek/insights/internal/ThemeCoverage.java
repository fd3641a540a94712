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
	public record Row(String teamName, Figure conversations, Map<Topic, Figure> topics, Long team, TeamFacts facts) {

		public Row {
			topics = Figure.frozen(topics);
		}

		public Row(String teamName, Figure conversations, Map<Topic, Figure> topics) {
			this(teamName, conversations, topics, null, null);
		}

		/** The same row with every share hidden while {@code rest} is one to four people ({@link Subtraction}). */
		Row withRest(long rest) {
			Map<Topic, Figure> shares = new EnumMap<>(Topic.class);
			topics.forEach((topic, figure) -> shares.put(topic, figure.withRest(rest)));
			return new Row(teamName, conversations.withRest(rest), shares, team, facts);
		}

	}

	/**
	 * What the same scan of a team's totals tells {@link Subtraction}, so it need not read them again:
	 * the team's people with conversations, agreements and "did it help" answers in the period; per
	 * shorter period, the conversations held before it began and the most people of one month then
	 * (five or more proves that stretch is about five or more people); and whether a month of the team
	 * has a pulse or statement figure about one to four people.
	 */
	record TeamFacts(long people, long agreed, long helped, List<Long> heldBefore, List<Long> mostBefore, boolean smallMonths) {
	}

	/** A month's most people with an answer (pulse or a statement), and whether one of them is one to four. */
	private static final String MOST = "greatest(m.pulse_people, " + String.join(", ",
			FactColumns.SCORE.values().stream().map(column -> "m." + column + "_people").toList()) + ")";

	private static final String SMALL = FactColumns.SCORE.values().stream()
		.map(column -> "m." + column + "_people between 1 and " + (Figure.MINIMUM_PEOPLE - 1))
		.reduce("m.pulse_people between 1 and " + (Figure.MINIMUM_PEOPLE - 1), (a, b) -> a + " or " + b);

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
				// totalled per team id first and named after: grouping by the name sorted every team's
				// months by a collated text; the people per team joined to the totals, not to each month
				: "select t.name, x.*, coalesce(r.people, 0) as people, coalesce(r.agreed, 0) as agreed,"
						+ " coalesce(r.helped, 0) as helped from (select m.scope_id as team_id, sum(m.held) as held"
						+ before(0) + before(1) + ", sum(case when " + SMALL + " then 1 else 0 end) as small_months" + noted
						+ " from insight_month m where m.scope_kind = 'T' and " + HeldConversations.IN_PERIOD + inTeam(scope, "m")
						+ " group by m.scope_id) x " + """
						 left join (select r.scope_id, count(*) as people,
						                  sum(case when r.last_agreement_on >= :from then 1 else 0 end) as agreed,
						                  sum(case when r.last_helped_on >= :from then 1 else 0 end) as helped
						           from insight_reach r
						           where r.scope_kind = 'T' and r.last_held_on >= :from""" + inTeam(scope, "r") + """
						 group by r.scope_id) r on r.scope_id = x.team_id
						join people_team_v t on t.id = x.team_id order by t.name""";
		List<java.time.LocalDate> starts = period.shorterStarts();
		JdbcClient.StatementSpec spec = HeldConversations.bind(jdbc.sql(sql), scope, period);
		if (scope.kind() != ScopeKind.MANAGER) {
			for (int w = 0; w < 2; w++) {
				// Without a shorter period the stretch is empty: it starts and ends with the period.
				var start = w < starts.size() ? starts.get(w) : period.from();
				spec = spec.param("before" + w, start.getYear() * 12 + start.getMonthValue());
			}
		}
		return spec
			.query((rs, row) -> {
				long held = rs.getLong("held");
				long people = rs.getLong("people");
				Map<Topic, Figure> shares = new EnumMap<>(Topic.class);
				for (Topic topic : requiredTopics()) {
					shares.put(topic, Figure.of(held == 0 ? 0 : (double) rs.getLong(COLUMNS.get(topic)) / held, people));
				}
				long team = rs.getLong("team_id");
				if (rs.wasNull()) {
					return new Row(rs.getString("name"), Figure.of(held, people), shares, null, null);
				}
				TeamFacts facts = new TeamFacts(people, rs.getLong("agreed"), rs.getLong("helped"),
						List.of(rs.getLong("held_before0"), rs.getLong("held_before1")),
						List.of(rs.getLong("most_before0"), rs.getLong("most_before1")), rs.getLong("small_months") > 0);
				return new Row(rs.getString("name"), Figure.of(held, people), shares, team, facts);
			})
			.list();
	}

	/** One team's rows of {@code alias} on a team's dashboard; every team's on the organisation's. */
	private static String inTeam(Scope scope, String alias) {
		return scope.isOrganisation() ? "" : " and " + alias + ".scope_id = :scopeId";
	}

	/** The conversations held, and the most people of one month, before shorter period {@code w} began. */
	private static String before(int w) {
		String earlier = "m.held_year * 12 + m.held_month < :before" + w;
		return ", sum(case when " + earlier + " then m.held else 0 end) as held_before" + w + ", max(case when " + earlier
				+ " then " + MOST + " else 0 end) as most_before" + w;
	}

	static List<Topic> requiredTopics() {
		return java.util.Arrays.stream(Topic.values()).filter(Topic::requiredByOrganisation).toList();
	}

}
