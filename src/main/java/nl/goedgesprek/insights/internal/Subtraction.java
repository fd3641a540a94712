package nl.goedgesprek.insights.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.goedgesprek.cards.Topic;

/**
 * Secondary suppression for every figure of the dashboards: which views a figure can be combined with
 * to leave a figure about one to four people, and how many people that rest is. A figure whose rest
 * is small is hidden ({@link Figure#withRest}). The views are all the dashboards offer: the
 * organisation, each team, each manager's reports, each for every offered {@link Period}.
 * <ul>
 * <li><b>The organisation minus its teams.</b> Every person is in one team or none, so the
 * organisation's figure minus those the team dashboards show is about the people of the teams whose
 * figures are hidden and the people without a team. That rest, per kind of figure: the people
 * (coverage), the people with conversations (heat map, two-sidedness), with agreements
 * (follow-through), with "did it help" answers, and per month the people who answered the pulse or a
 * statement. The same holds for a manager's coverage minus the per-team rows on their own page.</li>
 * <li><b>A longer period minus a shorter one.</b> Periods all end today, so the 12-month figure
 * minus the 6-month one is about what was held in the six months before: the people with
 * conversations (agreements, answers) from this period's start to each shorter period's start, for
 * the figures added up over the period. Month-by-month figures are the same in every period and
 * coverage and development do not depend on the period.</li>
 * <li><b>A team minus a manager's reports.</b> A manager's page and HR's page of the team(s) their
 * reports' conversations were in differ by the team's other people: neither the manager nor their
 * reports. The manager's own figures are hidden while those are one to four people. The manager
 * themselves is not counted: a figure about yourself tells you nothing, and HR would need the
 * manager's own page.</li>
 * </ul>
 * The rests are read from the monthly totals and reach rows first; only when those cannot rule out
 * a small rest are the per-conversation rows of the small groups concerned counted.
 */
@Component
class Subtraction {

	/**
	 * What subtracting another view leaves, per kind of figure; 0 when nothing small is left.
	 * @param teamHeld per team id, for the heat map's rows on the organisation's page
	 * @param development per {@code "c:"} competency name or {@code "k:"} koers goal title
	 */
	record Rests(long held, long agreements, long helped, long coverage, Map<Long, Long> teamHeld,
			Map<YearMonth, Long> pulse, Map<YearMonth, Map<Topic, Long>> scores, Map<String, Long> development) {

		static Rests none() {
			return new Rests(0, 0, 0, 0, Map.of(), Map.of(), Map.of(), Map.of());
		}

	}

	/** Rows counted before a sample of them is trusted to hold five different people. */
	private static final int SAMPLE = 2000;

	private static final Map<Topic, String> SCORES = FactColumns.SCORE;

	private final JdbcClient jdbc;

	Subtraction(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Rests of(Scope scope, Period period) {
		long[] windows = windows(scope, period);
		if (scope.isOrganisation()) {
			long[] rest = organisationRest(period);
			TeamMonths months = teamMonths(period);
			return new Rests(Figure.smallest(windows[0], rest[0]), Figure.smallest(windows[1], rest[1]),
					Figure.smallest(windows[2], rest[2]), 0, months.teamWindows(period), months.pulseRests,
					months.scoreRests, Map.of());
		}
		if (scope.kind() == ScopeKind.MANAGER) {
			Others others = others(scope, period);
			return new Rests(Figure.smallest(windows[0], others.held), Figure.smallest(windows[1], others.agreements),
					Figure.smallest(windows[2], others.helped), others.coverage, Map.of(), others.pulse, others.scores,
					others.development);
		}
		return new Rests(windows[0], windows[1], windows[2], 0, Map.of(), Map.of(), Map.of(), Map.of());
	}

	// Applying the rests to the figures.

	/** A scope's coverage: hidden while its rows that are not shown, or the other view, leave one to four people. */
	static Figure coverage(List<Coverage.TeamRow> rows, Rests rests) {
		long hidden = rows.stream()
			.filter(row -> row.team() == null || row.people() < Figure.MINIMUM_PEOPLE)
			.mapToLong(Coverage.TeamRow::people)
			.sum();
		return Coverage.share(rows).withRest(Figure.smallest(hidden, rests.coverage()));
	}

	static List<Coverage.TeamRow> coverageRows(List<Coverage.TeamRow> rows, Rests rests) {
		return rows.stream().map(row -> row.withRest(rests.coverage())).toList();
	}

	static List<ThemeCoverage.Row> themes(List<ThemeCoverage.Row> rows, Scope scope, Rests rests) {
		return rows.stream()
			.map(row -> row.withRest(!scope.isOrganisation() ? rests.held() : row.team() == null ? 0 : rests.teamHeld().getOrDefault(row.team(), 0L)))
			.toList();
	}

	static Voice.Result voice(Voice.Result voice, Rests rests) {
		return new Voice.Result(voice.talkingPoints().withRest(rests.held()), voice.words().withRest(rests.held()),
				voice.agreements().withRest(rests.held()));
	}

	static FollowThrough.Result followThrough(FollowThrough.Result f, Rests rests) {
		long rest = rests.agreements();
		return new FollowThrough.Result(f.agreements(), f.doneOnTime().withRest(rest), f.doneLate().withRest(rest),
				f.overdue().withRest(rest), f.notAchieved().withRest(rest), f.dropped().withRest(rest),
				f.helped().withRest(rests.helped()));
	}

	static List<Trends.PulseMonth> pulse(List<Trends.PulseMonth> months, Rests rests) {
		return months.stream().map(m -> {
			long rest = rests.pulse().getOrDefault(m.month(), 0L);
			return new Trends.PulseMonth(m.month(), m.good().withRest(rest), m.heard().withRest(rest));
		}).toList();
	}

	static List<Trends.StatementMonth> statements(List<Trends.StatementMonth> months, Rests rests) {
		return months.stream().map(m -> {
			Map<Topic, Figure> topics = new EnumMap<>(Topic.class);
			Map<Topic, Long> rest = rests.scores().getOrDefault(m.month(), Map.of());
			m.topics().forEach((topic, figure) -> topics.put(topic, figure.withRest(rest.getOrDefault(topic, 0L))));
			return new Trends.StatementMonth(m.month(), topics);
		}).toList();
	}

	static List<DevelopmentWishes.Count> development(List<DevelopmentWishes.Count> counts, String prefix, Rests rests) {
		return counts.stream()
			.map(c -> new DevelopmentWishes.Count(c.name(), c.people().withRest(rests.development().getOrDefault(prefix + c.name(), 0L))))
			.toList();
	}

	// A longer period minus a shorter one.

	/**
	 * Per kind (held, agreements, "did it help" answers): a small number of people with such rows from
	 * the period's start to a shorter period's start, or 0.
	 */
	private long[] windows(Scope scope, Period period) {
		List<LocalDate> starts = period.shorterStarts();
		if (starts.isEmpty()) {
			return new long[3];
		}
		long[] held = window("insight_conversation", "1 = 1", scope, period, starts);
		long[] agreements = window("insight_agreement", "1 = 1", scope, period, starts);
		long[] helped = window("insight_agreement", "i.helped is not null", scope, period, starts);
		return new long[] { Figure.smallest(held), Figure.smallest(agreements), Figure.smallest(helped) };
	}

	/**
	 * The different employees per window, counted on a sample of the rows first (an organisation's
	 * window has thousands of rows and certainly five people), then on all rows when the sample
	 * cannot tell.
	 */
	private long[] window(String table, String condition, Scope scope, Period period, List<LocalDate> starts) {
		StringBuilder counts = new StringBuilder("count(*) as n");
		for (int w = 0; w < starts.size(); w++) {
			counts.append(", count(distinct case when x.held_on < :start").append(w).append(" then x.employee_id end) as w")
				.append(w);
		}
		String rows = "select i.employee_id, i.held_on from " + table + " i where " + scope.factsWhere() + " and " + condition
				+ " and i.held_on >= :from and i.held_on < :last";
		long[] sampled = windowCounts("select " + counts + " from (" + rows + " fetch first " + SAMPLE + " rows only) x",
				scope, period, starts);
		boolean complete = sampled[0] < SAMPLE;
		long[] people = java.util.Arrays.copyOfRange(sampled, 1, sampled.length);
		if (!complete && java.util.Arrays.stream(people).anyMatch(Figure::small)) {
			long[] all = windowCounts("select " + counts + " from (" + rows + ") x", scope, period, starts);
			people = java.util.Arrays.copyOfRange(all, 1, all.length);
		}
		return people;
	}

	private long[] windowCounts(String sql, Scope scope, Period period, List<LocalDate> starts) {
		JdbcClient.StatementSpec spec = HeldConversations.bind(jdbc.sql(sql), scope, period)
			.param("last", Date.valueOf(starts.get(starts.size() - 1)));
		for (int w = 0; w < starts.size(); w++) {
			spec = spec.param("start" + w, Date.valueOf(starts.get(w)));
		}
		return spec.query((rs, row) -> {
			long[] values = new long[starts.size() + 1];
			for (int i = 0; i < values.length; i++) {
				values[i] = rs.getLong(i + 1);
			}
			return values;
		}).single();
	}

	// The organisation minus its teams.

	/** Per kind (held, agreements, "did it help" answers): the different people of the hidden teams and of no team. */
	private long[] organisationRest(Period period) {
		Map<Long, long[]> perTeam = new HashMap<>();
		jdbc.sql("""
				select r.scope_id,
				       sum(case when r.last_held_on >= :from then 1 else 0 end) as held,
				       sum(case when r.last_agreement_on >= :from then 1 else 0 end) as agreed,
				       sum(case when r.last_helped_on >= :from then 1 else 0 end) as helped
				from insight_reach r where r.scope_kind = :teamKind and r.last_held_on >= :from group by r.scope_id""")
			.param("from", Date.valueOf(period.from()))
			.param("teamKind", ScopeKind.TEAM.code)
			.query(rs -> {
				perTeam.put(rs.getLong(1), new long[] { rs.getLong(2), rs.getLong(3), rs.getLong(4) });
			});
		List<List<Long>> hidden = List.of(new ArrayList<>(List.of(-1L)), new ArrayList<>(List.of(-1L)),
				new ArrayList<>(List.of(-1L)));
		perTeam.forEach((team, counts) -> {
			for (int kind = 0; kind < 3; kind++) {
				if (team == 0 || Figure.small(counts[kind])) {
					hidden.get(kind).add(team);
				}
			}
		});
		if (hidden.stream().allMatch(teams -> teams.size() == 1)) {
			return new long[3];
		}
		Set<Long> any = new HashSet<>();
		hidden.forEach(any::addAll);
		return jdbc.sql("""
				select count(distinct case when r.last_held_on >= :from and r.scope_id in (:held) then r.employee_id end),
				       count(distinct case when r.last_agreement_on >= :from and r.scope_id in (:agreed) then r.employee_id end),
				       count(distinct case when r.last_helped_on >= :from and r.scope_id in (:helped) then r.employee_id end)
				from insight_reach r where r.scope_kind = :teamKind and r.scope_id in (:any)""")
			.param("from", Date.valueOf(period.from()))
			.param("teamKind", ScopeKind.TEAM.code)
			.param("held", hidden.get(0))
			.param("agreed", hidden.get(1))
			.param("helped", hidden.get(2))
			.param("any", any)
			.query((rs, row) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3) })
			.single();
	}

	/** The teams' monthly totals of a period, as the month-by-month rests and the teams' period windows need them. */
	private final class TeamMonths {

		/** Per team (0: no team) and month: held, pulse people, and people per statement. */
		final Map<Long, Map<YearMonth, long[]>> cells = new HashMap<>();

		final Map<YearMonth, Long> pulseRests = new HashMap<>();

		final Map<YearMonth, Map<Topic, Long>> scoreRests = new HashMap<>();

		private final List<Topic> topics = List.copyOf(SCORES.keySet());

		/** Whether a team's month cell is hidden on its own for column {@code c} (0: pulse, 1..: statements). */
		boolean hidden(long team, YearMonth month, int c) {
			long people = cells.get(team).get(month)[c + 1];
			return people > 0 && (team == 0 || people < Figure.MINIMUM_PEOPLE);
		}

		/**
		 * Per team, a small number of people held from the period's start to a shorter period's start;
		 * proven five or more by one month's pulse or statement people where it can be.
		 */
		Map<Long, Long> teamWindows(Period period) {
			List<LocalDate> starts = period.shorterStarts();
			if (starts.isEmpty()) {
				return Map.of();
			}
			List<Long> unsure = new ArrayList<>();
			cells.forEach((team, months) -> {
				if (team == 0) {
					return;
				}
				for (LocalDate start : starts) {
					long held = 0;
					long atLeast = 0;
					for (Map.Entry<YearMonth, long[]> month : months.entrySet()) {
						if (month.getKey().atDay(1).isBefore(start)) {
							held += month.getValue()[0];
							for (int c = 1; c < month.getValue().length; c++) {
								atLeast = Math.max(atLeast, month.getValue()[c]);
							}
						}
					}
					if (held > 0 && atLeast < Figure.MINIMUM_PEOPLE) {
						unsure.add(team);
						return;
					}
				}
			});
			if (unsure.isEmpty()) {
				return Map.of();
			}
			StringBuilder counts = new StringBuilder("i.team_id");
			for (int w = 0; w < starts.size(); w++) {
				counts.append(", count(distinct case when i.held_on < :start").append(w).append(" then i.employee_id end)");
			}
			JdbcClient.StatementSpec spec = jdbc.sql("select " + counts + " from insight_conversation i"
					+ " where i.team_id in (:teams) and i.held_on >= :from and i.held_on < :last group by i.team_id")
				.param("teams", unsure)
				.param("from", Date.valueOf(period.from()))
				.param("last", Date.valueOf(starts.get(starts.size() - 1)));
			for (int w = 0; w < starts.size(); w++) {
				spec = spec.param("start" + w, Date.valueOf(starts.get(w)));
			}
			Map<Long, Long> rests = new HashMap<>();
			spec.query(rs -> {
				long[] windows = new long[starts.size()];
				for (int w = 0; w < windows.length; w++) {
					windows[w] = rs.getLong(w + 2);
				}
				rests.put(rs.getLong(1), Figure.smallest(windows));
			});
			return rests;
		}

	}

	/**
	 * The teams' month cells of the period, and per month the people of the cells that are hidden
	 * (the teams with one to four such people, and the people without a team): the organisation's
	 * month minus the teams' months is about them.
	 */
	private TeamMonths teamMonths(Period period) {
		TeamMonths months = new TeamMonths();
		StringBuilder people = new StringBuilder("m.pulse_people");
		months.topics.forEach(topic -> people.append(", m.").append(SCORES.get(topic)).append("_people"));
		HeldConversations.bind(jdbc.sql("select m.scope_id, m.held_year, m.held_month, m.held, " + people
				+ " from insight_month m where m.scope_kind = :teamKind and " + HeldConversations.IN_PERIOD), Scope.organisation(),
				period)
			.param("teamKind", ScopeKind.TEAM.code)
			.query(rs -> {
				long[] cell = new long[months.topics.size() + 2];
				for (int c = 0; c < cell.length; c++) {
					cell[c] = rs.getLong(c + 4);
				}
				months.cells.computeIfAbsent(rs.getLong(1), team -> new HashMap<>())
					.put(YearMonth.of(rs.getInt(2), rs.getInt(3)), cell);
			});
		Set<Long> teamsWithHiddenCells = new HashSet<>();
		months.cells.forEach((team, cells) -> cells.keySet().forEach(month -> {
			for (int c = 0; c <= months.topics.size(); c++) {
				if (months.hidden(team, month, c)) {
					teamsWithHiddenCells.add(team);
				}
			}
		}));
		if (teamsWithHiddenCells.isEmpty()) {
			return months;
		}
		// Different people per month and column among the hidden cells, from their rows: few, since these
		// are small teams and the people without a team.
		StringBuilder flags = new StringBuilder("i.pulse_good");
		months.topics.forEach(topic -> flags.append(", i.").append(SCORES.get(topic)));
		String select = "select i.employee_id, coalesce(i.team_id, 0), i.held_year, i.held_month, " + flags
				+ " from insight_conversation i where i.held_on >= :from and i.held_on <= :until and ";
		teamsWithHiddenCells.add(-1L);
		Map<YearMonth, List<Set<Long>>> rest = new HashMap<>();
		HeldConversations.bind(jdbc.sql(select + "i.team_id is null union all " + select + "i.team_id in (:teams)"),
				Scope.organisation(), period)
			.param("teams", teamsWithHiddenCells)
			.query(rs -> {
				long team = rs.getLong(2);
				YearMonth month = YearMonth.of(rs.getInt(3), rs.getInt(4));
				if (!months.cells.containsKey(team) || !months.cells.get(team).containsKey(month)) {
					return;
				}
				for (int c = 0; c <= months.topics.size(); c++) {
					rs.getObject(c + 5);
					if (!rs.wasNull() && months.hidden(team, month, c)) {
						rest.computeIfAbsent(month, m -> {
							List<Set<Long>> sets = new ArrayList<>();
							for (int i = 0; i <= months.topics.size(); i++) {
								sets.add(new HashSet<>());
							}
							return sets;
						}).get(c).add(rs.getLong(1));
					}
				}
			});
		rest.forEach((month, sets) -> {
			months.pulseRests.put(month, (long) sets.get(0).size());
			Map<Topic, Long> scores = new EnumMap<>(Topic.class);
			for (int t = 0; t < months.topics.size(); t++) {
				scores.put(months.topics.get(t), (long) sets.get(t + 1).size());
			}
			months.scoreRests.put(month, scores);
		});
		return months;
	}

	// A team minus a manager's reports.

	private record Others(long held, long agreements, long helped, long coverage, Map<YearMonth, Long> pulse,
			Map<YearMonth, Map<Topic, Long>> scores, Map<String, Long> development) {
	}

	/**
	 * The people of the teams a manager's reports are in (for conversations: were in, at the time)
	 * who are neither the manager nor one of their reports.
	 */
	private Others others(Scope scope, Period period) {
		String teams = "(select distinct j.team_id from %s j where j.manager_id = :scopeManager and j.team_id is not null"
				+ " and j.held_on >= :from and j.held_on <= :until)";
		String others = " i.held_on >= :from and i.held_on <= :until and i.manager_id <> :scopeManager"
				+ " and i.employee_id <> :scopeManager and i.team_id in ";
		List<Topic> topics = List.copyOf(SCORES.keySet());
		StringBuilder flags = new StringBuilder("i.pulse_good");
		topics.forEach(topic -> flags.append(", i.").append(SCORES.get(topic)));
		Set<Long> held = new HashSet<>();
		Map<YearMonth, List<Set<Long>>> months = new HashMap<>();
		HeldConversations.bind(jdbc.sql("select i.employee_id, i.held_year, i.held_month, " + flags
				+ " from insight_conversation i where" + others + teams.formatted("insight_conversation")), scope, period)
			.query(rs -> {
				held.add(rs.getLong(1));
				List<Set<Long>> sets = months.computeIfAbsent(YearMonth.of(rs.getInt(2), rs.getInt(3)), m -> {
					List<Set<Long>> list = new ArrayList<>();
					for (int i = 0; i <= topics.size(); i++) {
						list.add(new HashSet<>());
					}
					return list;
				});
				for (int c = 0; c <= topics.size(); c++) {
					rs.getObject(c + 4);
					if (!rs.wasNull()) {
						sets.get(c).add(rs.getLong(1));
					}
				}
			});
		long[] agreements = HeldConversations.bind(jdbc.sql("select count(distinct i.employee_id),"
				+ " count(distinct case when i.helped is not null then i.employee_id end) from insight_agreement i where"
				+ others + teams.formatted("insight_agreement")), scope, period)
			.query((rs, row) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.single();
		String people = "select e.id from employee e where e.active = true and e.manager_id is not null"
				+ " and e.manager_id <> :scopeManager and e.id <> :scopeManager and e.team_id in (select r.team_id from employee r"
				+ " where r.active = true and r.manager_id = :scopeManager and r.team_id is not null)";
		long coverage = scope.bind(jdbc.sql("select count(*) from (" + people + ") x")).query(Long.class).single();
		Map<String, Long> development = new HashMap<>();
		scope.bind(jdbc.sql("""
				select 'c:' || c.name, count(distinct k.employee_id) from competency c
				join chosen_competency k on k.competency_id = c.id and k.status = 'CHOSEN'
				where c.active = true and k.employee_id in (""" + people + """
				) group by c.name
				union all
				select 'k:' || o.title, count(distinct g.employee_id) from organisation_goal o
				join development_goal g on g.organisation_goal_id = o.id
				where o.active = true and g.employee_id in (""" + people + ") group by o.title"))
			.query(rs -> {
				development.put(rs.getString(1), rs.getLong(2));
			});
		Map<YearMonth, Long> pulse = new HashMap<>();
		Map<YearMonth, Map<Topic, Long>> scores = new HashMap<>();
		months.forEach((month, sets) -> {
			pulse.put(month, (long) sets.get(0).size());
			Map<Topic, Long> perTopic = new EnumMap<>(Topic.class);
			for (int t = 0; t < topics.size(); t++) {
				perTopic.put(topics.get(t), (long) sets.get(t + 1).size());
			}
			scores.put(month, perTopic);
		});
		return new Others(held.size(), agreements[0], agreements[1], coverage, pulse, scores, development);
	}

}
