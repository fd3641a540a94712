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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

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
 * The development counts' organisation rest is found by {@link DevelopmentWishes} itself, from the
 * per-team counts it adds the organisation's up from; the rule is the same ({@link Figure#withRest}).
 * Not guarded: three or more views combined at once across teams and periods (the organisation's 12
 * months minus its 6 months minus each team's difference), and the same page compared from one day
 * to the next.
 * <p>
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
	private static final int SAMPLE = 500;

	private static final Map<Topic, String> SCORES = FactColumns.SCORE;

	private final JdbcClient jdbc;

	Subtraction(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The rests of a scope and period, their independent queries side by side on {@code parts} (the
	 * dashboard's threads), so the dashboard waits for the slowest, not for their sum. Nothing here
	 * waits on another part: the futures are only combined. The organisation's rests start from the
	 * heat map's rows ({@code heatMap}), whose scan of the teams' totals also tells which teams are
	 * small where.
	 */
	CompletableFuture<Rests> of(Scope scope, Period period, Executor parts,
			CompletableFuture<List<ThemeCoverage.Row>> heatMap) {
		var windows = CompletableFuture.supplyAsync(() -> windows(scope, period), parts);
		if (scope.isOrganisation()) {
			var rest = heatMap.thenApplyAsync(rows -> organisationRest(period, rows), parts);
			var months = CompletableFuture.supplyAsync(() -> monthRests(period), parts);
			var teamWindows = heatMap.thenApplyAsync(rows -> teamWindows(period, rows), parts);
			return CompletableFuture.allOf(windows, rest, months, teamWindows).thenApply(done -> {
				long[] w = windows.join();
				long[] r = rest.join();
				return new Rests(Figure.smallest(w[0], r[0]), Figure.smallest(w[1], r[1]), Figure.smallest(w[2], r[2]), 0,
						teamWindows.join(), months.join().pulse(), months.join().scores(), Map.of());
			});
		}
		if (scope.kind() == ScopeKind.MANAGER) {
			return others(scope, period, parts).thenCombine(windows, (others, w) -> new Rests(
					Figure.smallest(w[0], others.held), Figure.smallest(w[1], others.agreements),
					Figure.smallest(w[2], others.helped), others.coverage, Map.of(), others.pulse, others.scores,
					others.development));
		}
		return windows.thenApply(w -> new Rests(w[0], w[1], w[2], 0, Map.of(), Map.of(), Map.of(), Map.of()));
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
		long[] held = window("insight_conversation", false, scope, period, starts);
		long[] agreements = window("insight_agreement", true, scope, period, starts);
		long[] agreed = java.util.Arrays.copyOfRange(agreements, 0, starts.size());
		long[] helped = java.util.Arrays.copyOfRange(agreements, starts.size(), agreements.length);
		return new long[] { Figure.smallest(held), Figure.smallest(agreed), Figure.smallest(helped) };
	}

	/**
	 * The different employees per window (and with {@code helped}, then those with a "did it help"
	 * answer), counted on the first rows by day first (an organisation's window has thousands of rows
	 * and certainly five people; the index on day, or on team or manager and day, gives them without
	 * reading the rest), then on all rows when that sample cannot tell.
	 */
	private long[] window(String table, boolean helped, Scope scope, Period period, List<LocalDate> starts) {
		StringBuilder counts = new StringBuilder("count(*) as n");
		for (String condition : helped ? List.of("", " and x.helped is not null") : List.of("")) {
			for (int w = 0; w < starts.size(); w++) {
				counts.append(", count(distinct case when x.held_on < :start").append(w).append(condition)
					.append(" then x.employee_id end)");
			}
		}
		String rows = "select i.employee_id, i.held_on" + (helped ? ", i.helped" : "") + " from " + table + " i where "
				+ scope.factsWhere() + " and i.held_on >= :from and i.held_on < :last";
		long[] sampled = windowCounts("select " + counts + " from (" + rows + " order by i.held_on fetch first " + SAMPLE
				+ " rows only) x", scope, period, starts);
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
			long[] values = new long[rs.getMetaData().getColumnCount()];
			for (int i = 0; i < values.length; i++) {
				values[i] = rs.getLong(i + 1);
			}
			return values;
		}).single();
	}

	// The organisation minus its teams.

	/**
	 * Per kind (held, agreements, "did it help" answers): the different people of the teams whose
	 * figures are hidden and of no team. The heat map's scan of the teams' totals says which teams
	 * those are; only their reach rows are read here.
	 */
	private long[] organisationRest(Period period, List<ThemeCoverage.Row> teams) {
		List<List<Long>> hidden = List.of(new ArrayList<>(List.of(0L)), new ArrayList<>(List.of(0L)),
				new ArrayList<>(List.of(0L)));
		for (ThemeCoverage.Row row : teams) {
			if (row.facts() == null) {
				continue;
			}
			long[] counts = { row.facts().people(), row.facts().agreed(), row.facts().helped() };
			for (int kind = 0; kind < 3; kind++) {
				if (Figure.small(counts[kind])) {
					hidden.get(kind).add(row.team());
				}
			}
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

	/**
	 * Per team, a small number of people held from the period's start to a shorter period's start.
	 * The heat map's scan proves five or more for a team where one month then had five people with an
	 * answer; the others' rows are counted.
	 */
	private Map<Long, Long> teamWindows(Period period, List<ThemeCoverage.Row> teams) {
		List<LocalDate> starts = period.shorterStarts();
		List<Long> unsure = new ArrayList<>();
		for (ThemeCoverage.Row row : teams) {
			for (int w = 0; w < starts.size() && row.facts() != null; w++) {
				if (row.facts().heldBefore().get(w) > 0 && row.facts().mostBefore().get(w) < Figure.MINIMUM_PEOPLE) {
					unsure.add(row.team());
					break;
				}
			}
		}
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

	/** The month-by-month rests: per month, and per column (pulse, each statement), people. */
	private record MonthRests(Map<YearMonth, Long> pulse, Map<YearMonth, Map<Topic, Long>> scores) {
	}

	/**
	 * Per month, the people of the month cells that are hidden (a team's month with one to four people
	 * with an answer, and the people without a team): the organisation's month minus the teams' months
	 * is about them. Counted by the database from the hidden cells only: each is joined to its own
	 * conversations through the team's index, so a large organisation's many small cells cost a few
	 * thousand rows, not every conversation of the period read into Java.
	 */
	private MonthRests monthRests(Period period) {
		List<Topic> topics = List.copyOf(SCORES.keySet());
		List<String> cells = new ArrayList<>(List.of("pulse_people"));
		List<String> flags = new ArrayList<>(List.of("pulse_good"));
		topics.forEach(topic -> {
			cells.add(SCORES.get(topic) + "_people");
			flags.add(SCORES.get(topic));
		});
		// a row counts for a column when it answered it and its cell is hidden: one to four people in a
		// team's month, or any number without a team (team 0)
		StringBuilder counted = new StringBuilder();
		StringBuilder anySmall = new StringBuilder("1 = 0");
		StringBuilder sql = new StringBuilder("select x.held_year, x.held_month");
		for (int c = 0; c < cells.size(); c++) {
			String cell = "m." + cells.get(c);
			counted.append(", case when i.").append(flags.get(c)).append(" is not null and ").append(cell)
				.append(" > 0 and (m.scope_id = 0 or ").append(cell).append(" < ").append(Figure.MINIMUM_PEOPLE)
				.append(") then i.employee_id end as c").append(c);
			anySmall.append(" or ").append(cell).append(" between 1 and ").append(Figure.MINIMUM_PEOPLE - 1);
			sql.append(", count(distinct x.c").append(c).append(")");
		}
		// the teams' hidden cells, each with its team's conversations of that month; then the people
		// without a team (month cells of team 0), whose every cell is hidden
		String select = " select i.held_year, i.held_month" + counted
				+ " from insight_month m join insight_conversation i on i.held_year = m.held_year and i.held_month = m.held_month"
				+ " and i.held_on >= :from and i.held_on <= :until and ";
		String months = " where m.scope_kind = :teamKind and " + HeldConversations.IN_PERIOD;
		sql.append(" from (").append(select).append("i.team_id = m.scope_id").append(months)
			.append(" and m.scope_id <> 0 and (").append(anySmall).append(") union all").append(select)
			.append("i.team_id is null").append(months).append(" and m.scope_id = 0) x group by x.held_year, x.held_month");
		Map<YearMonth, Long> pulse = new HashMap<>();
		Map<YearMonth, Map<Topic, Long>> scores = new HashMap<>();
		HeldConversations.bind(jdbc.sql(sql.toString()), Scope.organisation(), period)
			.param("teamKind", ScopeKind.TEAM.code)
			.query(rs -> {
				long[] people = new long[cells.size()];
				for (int c = 0; c < people.length; c++) {
					people[c] = rs.getLong(c + 3);
				}
				if (java.util.Arrays.stream(people).allMatch(n -> n == 0)) {
					return;
				}
				YearMonth month = YearMonth.of(rs.getInt(1), rs.getInt(2));
				pulse.put(month, people[0]);
				Map<Topic, Long> perTopic = new EnumMap<>(Topic.class);
				for (int t = 0; t < topics.size(); t++) {
					perTopic.put(topics.get(t), people[t + 1]);
				}
				scores.put(month, perTopic);
			});
		return new MonthRests(pulse, scores);
	}

	// A manager's reports against a team and against the organisation.

	private record Others(long held, long agreements, long helped, long coverage, Map<YearMonth, Long> pulse,
			Map<YearMonth, Map<Topic, Long>> scores, Map<String, Long> development) {
	}

	/**
	 * Collects, per figure (a key such as "held" or a month and column), the people of the groups a
	 * manager's figure can be combined to: each team their reports are in minus the reports, the
	 * reports minus each team, all those teams minus the reports, the organisation minus the reports.
	 * The manager themselves is never counted.
	 */
	private static final class Groups {

		private final long manager;

		private final Map<String, Map<String, Set<Long>>> people = new HashMap<>();

		/** How many people the organisation has besides the manager and their reports (coverage only). */
		private long elsewhere;

		Groups(long manager) {
			this.manager = manager;
		}

		/** A row (a conversation, an agreement, a person) of {@code team}, with or without the manager. */
		void add(String figure, long employee, long team, boolean reports, Set<Long> teams) {
			if (employee == manager) {
				return;
			}
			Map<String, Set<Long>> groups = people.computeIfAbsent(figure, f -> new HashMap<>());
			for (long other : teams) {
				// -1 pads an empty list of teams and 0 is no team: no dashboard shows either.
				if (reports && team != other && other > 0) {
					groups.computeIfAbsent("reports not in " + other, g -> new HashSet<>()).add(employee);
				}
			}
			if (!reports && teams.contains(team)) {
				groups.computeIfAbsent("team " + team + " not reports", g -> new HashSet<>()).add(employee);
				groups.computeIfAbsent("teams not reports", g -> new HashSet<>()).add(employee);
			}
		}

		long rest(String figure, long... more) {
			long[] rests = people.getOrDefault(figure, Map.of()).values().stream().mapToLong(Set::size).toArray();
			return Figure.smallest(java.util.stream.LongStream.concat(java.util.Arrays.stream(rests),
					java.util.Arrays.stream(more)).toArray());
		}

		Map<YearMonth, Long> months(String column, Map<YearMonth, Long> organisation) {
			Map<YearMonth, Long> rests = new HashMap<>();
			Set<YearMonth> all = new HashSet<>(organisation.keySet());
			people.keySet().stream().filter(key -> key.startsWith(column + " ")).forEach(key -> all.add(YearMonth.parse(key.substring(column.length() + 1))));
			all.forEach(month -> rests.put(month, rest(column + " " + month, organisation.getOrDefault(month, 0L))));
			return rests;
		}

	}

	private CompletableFuture<Others> others(Scope scope, Period period, Executor parts) {
		long manager = scope.manager().value();
		List<Topic> topics = List.copyOf(SCORES.keySet());
		var held = CompletableFuture.supplyAsync(() -> conversationGroups(scope, period, topics), parts);
		var agreed = CompletableFuture.supplyAsync(() -> agreementGroups(scope, period), parts);
		var organisation = CompletableFuture.supplyAsync(() -> organisationWithout(scope, period), parts);
		var months = CompletableFuture.supplyAsync(() -> monthsWithout(scope, period, topics), parts);
		var now = CompletableFuture.supplyAsync(() -> currentGroups(scope), parts);
		var development = CompletableFuture.supplyAsync(() -> developmentElsewhere(scope), parts);
		return CompletableFuture.allOf(held, agreed, organisation, months, now, development).thenApply(done -> {
			Groups conversations = held.join();
			Groups people = now.join();
			long[] without = organisation.join();
			Map<String, Map<YearMonth, Long>> elsewhere = months.join();
			Map<YearMonth, Long> pulse = conversations.months("pulse", elsewhere.get("pulse"));
			Map<YearMonth, Map<Topic, Long>> scores = new HashMap<>();
			for (Topic topic : topics) {
				conversations.months(topic.name(), elsewhere.get(topic.name()))
					.forEach((month, rest) -> scores.computeIfAbsent(month, m -> new EnumMap<>(Topic.class)).put(topic, rest));
			}
			Map<String, Long> chosenElsewhere = development.join();
			Set<String> items = new HashSet<>(chosenElsewhere.keySet());
			items.addAll(people.people.keySet().stream().filter(key -> key.startsWith("c:") || key.startsWith("k:")).toList());
			Map<String, Long> developmentRests = new HashMap<>();
			items.forEach(item -> developmentRests.put(item, people.rest(item, chosenElsewhere.getOrDefault(item, 0L))));
			return new Others(conversations.rest("held", without[0]), agreed.join().rest("agreements", without[1]),
					agreed.join().rest("helped", without[2]), people.rest("coverage", people.elsewhere), pulse, scores,
					developmentRests);
		});
	}

	/**
	 * Rows of the period: the manager's reports' (through the index on manager and day) and those of
	 * the teams their rows were in, without the manager (through the index on team and day). Two parts:
	 * one condition with "or" would read all the period's rows.
	 */
	private static String rows(String table, String columns) {
		String period = " i.held_on >= :from and i.held_on <= :until";
		return "select " + columns + " from " + table + " i where i.manager_id = :scopeManager and" + period
				+ " union all select " + columns + " from " + table + " i where i.manager_id <> :scopeManager and" + period
				+ " and i.team_id in (select distinct j.team_id from " + table + " j where j.manager_id = :scopeManager"
				+ " and j.team_id is not null and j.held_on >= :from and j.held_on <= :until)";
	}

	/** Reads rows of (employee, team or 0, manager, ...) and adds each to the groups once the teams are known. */
	private interface RowGroups {

		void add(Groups groups, Object[] row, Set<Long> teams);

	}

	private Groups groups(Scope scope, JdbcClient.StatementSpec spec, int columns, RowGroups adder) {
		List<Object[]> rows = spec.query((rs, n) -> {
			Object[] row = new Object[columns];
			for (int c = 0; c < columns; c++) {
				row[c] = rs.getObject(c + 1);
			}
			return row;
		}).list();
		long manager = scope.manager().value();
		Set<Long> teams = new HashSet<>();
		rows.stream().filter(row -> number(row[2]) == manager).forEach(row -> teams.add(number(row[1])));
		Groups groups = new Groups(manager);
		rows.forEach(row -> adder.add(groups, row, teams));
		return groups;
	}

	private static long number(Object value) {
		return ((Number) value).longValue();
	}

	private Groups conversationGroups(Scope scope, Period period, List<Topic> topics) {
		StringBuilder columns = new StringBuilder("i.employee_id, coalesce(i.team_id, 0), i.manager_id, i.held_year, i.held_month, i.pulse_good");
		topics.forEach(topic -> columns.append(", i.").append(SCORES.get(topic)));
		return groups(scope, HeldConversations.bind(jdbc.sql(rows("insight_conversation", columns.toString())), scope, period),
				6 + topics.size(), (groups, row, teams) -> {
					long employee = number(row[0]);
					long team = number(row[1]);
					boolean reports = number(row[2]) == groups.manager;
					YearMonth month = YearMonth.of((int) number(row[3]), (int) number(row[4]));
					groups.add("held", employee, team, reports, teams);
					for (int c = 0; c <= topics.size(); c++) {
						if (row[c + 5] != null) {
							groups.add((c == 0 ? "pulse" : topics.get(c - 1).name()) + " " + month, employee, team, reports, teams);
						}
					}
				});
	}

	private Groups agreementGroups(Scope scope, Period period) {
		return groups(scope, HeldConversations.bind(jdbc.sql(rows("insight_agreement",
				"i.employee_id, coalesce(i.team_id, 0), i.manager_id, i.helped")), scope, period), 4, (groups, row, teams) -> {
					boolean reports = number(row[2]) == groups.manager;
					groups.add("agreements", number(row[0]), number(row[1]), reports, teams);
					if (row[3] != null) {
						groups.add("helped", number(row[0]), number(row[1]), reports, teams);
					}
				});
	}

	private static final String NOW = "e.active = true and e.manager_id is not null";

	/** What the development counts add up, per item, for the people {@code where} selects ({@code e}). */
	private static String chosen(String where) {
		return """
				select 'c:' || c.name as item, e.id, coalesce(e.team_id, 0) as team, e.manager_id from development_competency_v c
				join development_chosen_competency_v k on k.competency_id = c.id and k.status = 'CHOSEN'
				join people_employee_v e on e.id = k.employee_id where c.active = true and %s
				union all
				select 'k:' || o.title, e.id, coalesce(e.team_id, 0), e.manager_id from development_organisation_goal_v o
				join development_goal_v g on g.organisation_goal_id = o.id
				join people_employee_v e on e.id = g.employee_id where o.active = true and %s""".formatted(where, where);
	}

	/**
	 * People as they are now (coverage, development): the manager's reports and the other people of
	 * their teams, and how many people the organisation has besides them.
	 */
	private Groups currentGroups(Scope scope) {
		String touched = NOW + " and (e.manager_id = :scopeManager or e.team_id in (select r.team_id from people_employee_v r"
				+ " where r.active = true and r.manager_id = :scopeManager and r.team_id is not null))";
		Groups groups = groups(scope, scope.bind(jdbc.sql("select e.id, coalesce(e.team_id, 0), e.manager_id from people_employee_v e where "
				+ touched)), 3, (g, row, teams) -> g.add("coverage", number(row[0]), number(row[1]), number(row[2]) == g.manager, teams));
		Set<Long> teams = new HashSet<>();
		scope.bind(jdbc.sql("select distinct coalesce(e.team_id, 0) from people_employee_v e where " + NOW + " and e.manager_id = :scopeManager"))
			.query(Long.class).list().forEach(teams::add);
		scope.bind(jdbc.sql(chosen(touched))).query(rs -> {
			groups.add(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4) == groups.manager, teams);
		});
		groups.elsewhere = scope.bind(jdbc.sql("select count(*) from people_employee_v e where " + NOW
				+ " and e.manager_id <> :scopeManager and e.id <> :scopeManager")).query(Long.class).single();
		return groups;
	}

	/** Per development item, how many people outside the manager's reports (and not the manager) chose it. */
	private Map<String, Long> developmentElsewhere(Scope scope) {
		Map<String, Long> development = new HashMap<>();
		String elsewhere = NOW + " and e.manager_id <> :scopeManager and e.id <> :scopeManager";
		scope.bind(jdbc.sql("select x.item, count(distinct x.id) from (" + chosen(elsewhere) + ") x group by x.item"))
			.query(rs -> {
				development.put(rs.getString(1), rs.getLong(2));
			});
		return development;
	}

	/**
	 * Per kind (held, agreements, "did it help" answers): the different people of the organisation's
	 * rows of the period that are not the manager's reports', nor the manager's own, counted on a sample
	 * of rows first.
	 */
	private long[] organisationWithout(Scope scope, Period period) {
		long[] people = new long[3];
		String[] tables = { "insight_conversation", "insight_agreement", "insight_agreement" };
		String[] conditions = { "1 = 1", "1 = 1", "i.helped is not null" };
		for (int kind = 0; kind < 3; kind++) {
			String rows = "select i.employee_id from " + tables[kind] + " i where " + conditions[kind]
					+ " and i.held_on >= :from and i.held_on <= :until and i.manager_id <> :scopeManager"
					+ " and i.employee_id <> :scopeManager";
			long[] sample = HeldConversations.bind(jdbc.sql("select count(*), count(distinct x.employee_id) from (" + rows
					+ " fetch first " + SAMPLE + " rows only) x"), scope, period)
				.query((rs, row) -> new long[] { rs.getLong(1), rs.getLong(2) })
				.single();
			people[kind] = sample[1];
			if (sample[0] >= SAMPLE && Figure.small(sample[1])) {
				people[kind] = HeldConversations.bind(jdbc.sql("select count(distinct x.employee_id) from (" + rows + ") x"), scope,
						period).query(Long.class).single();
			}
		}
		return people;
	}

	/**
	 * Per column ("pulse" or a topic's name) and month: the organisation's people with an answer minus
	 * the reports', from the monthly totals (the manager's own answers are among the organisation's);
	 * where that is too few to be sure, the exact number without the manager from the month's rows.
	 */
	private Map<String, Map<YearMonth, Long>> monthsWithout(Scope scope, Period period, List<Topic> topics) {
		List<String> columns = new ArrayList<>(List.of("pulse"));
		List<String> answered = new ArrayList<>(List.of("pulse_good"));
		topics.forEach(topic -> {
			columns.add(topic.name());
			answered.add(SCORES.get(topic));
		});
		StringBuilder differences = new StringBuilder("o.held_year, o.held_month");
		answered.forEach(column -> {
			String people = column.equals("pulse_good") ? "pulse_people" : column + "_people";
			differences.append(", o.").append(people).append(" - coalesce(m.").append(people).append(", 0)");
		});
		Map<String, Map<YearMonth, Long>> rests = new HashMap<>();
		columns.forEach(column -> rests.put(column, new HashMap<>()));
		HeldConversations.bind(jdbc.sql("select " + differences + " from insight_month o left join insight_month m"
				+ " on m.scope_kind = :kind and m.scope_id = :scopeId and m.held_year = o.held_year and m.held_month = o.held_month"
				+ " where o.scope_kind = :organisationKind and o.scope_id = 0 and o.held_year * 12 + o.held_month >= :fromMonth"
				+ " and o.held_year * 12 + o.held_month <= :untilMonth"), scope, period)
			.param("organisationKind", ScopeKind.ORGANISATION.code)
			.query(rs -> {
				YearMonth month = YearMonth.of(rs.getInt(1), rs.getInt(2));
				for (int c = 0; c < columns.size(); c++) {
					rests.get(columns.get(c)).put(month, rs.getLong(c + 3));
				}
			});
		for (int c = 0; c < columns.size(); c++) {
			String column = answered.get(c);
			// The manager's own answers may be among the organisation's: one more to be sure.
			rests.get(columns.get(c)).replaceAll((month, rest) -> rest > Figure.MINIMUM_PEOPLE ? rest
					: HeldConversations.bind(jdbc.sql("select count(distinct i.employee_id) from insight_conversation i"
							+ " where i.held_on >= :start and i.held_on < :end and i." + column + " is not null"
							+ " and i.manager_id <> :scopeManager and i.employee_id <> :scopeManager"), scope, period)
						.param("start", Date.valueOf(month.atDay(1)))
						.param("end", Date.valueOf(month.plusMonths(1).atDay(1)))
						.query(Long.class)
						.single());
		}
		return rests;
	}

}
