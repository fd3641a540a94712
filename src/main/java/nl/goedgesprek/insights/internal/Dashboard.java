package nl.goedgesprek.insights.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** Every figure of one dashboard: one scope, one period. */
public record Dashboard(Scope scope, Period period, long people, int checkInWeeks, Figure coverage,
		List<Coverage.TeamRow> teams, List<ThemeCoverage.Row> themes, Voice.Result voice, FollowThrough.Result followThrough,
		List<Trends.PulseMonth> pulse, List<Trends.StatementMonth> statements, List<DevelopmentWishes.Count> competencies,
		List<DevelopmentWishes.Count> koers) {

	/**
	 * Up to this many teams a per-team table shows them all; with more (an organisation of 800 teams)
	 * it first shows the teams that need attention most, and the full table on request.
	 */
	public static final int TEAMS_AT_A_GLANCE = 10;

	/** The whole scope is too small: nothing at all is shown. */
	public boolean tooFewPeople() {
		return people < Figure.MINIMUM_PEOPLE;
	}

	public List<nl.goedgesprek.cards.Topic> topics() {
		return topicsShown();
	}

	/** The key themes the heat map has a column for: those the organisation requires. */
	public static List<nl.goedgesprek.cards.Topic> topicsShown() {
		return ThemeCoverage.requiredTopics();
	}

	/** Whether the coverage per team is summarised first (the organisation's dashboard only). */
	public boolean teamsSummarised() {
		return summarised(teams);
	}

	/** Whether the heat map is summarised first (the organisation's dashboard only). */
	public boolean themesSummarised() {
		return summarised(themes);
	}

	private boolean summarised(List<?> rows) {
		return scope.isOrganisation() && rows.size() > TEAMS_AT_A_GLANCE + 2;
	}

	/** The teams with the lowest coverage; teams too small to show come last. */
	public List<Coverage.TeamRow> teamsToWatch() {
		return lowestFirst(teams, row -> row.coverage().visible());
	}

	/** The teams where one key theme comes up least; teams too small to show come last. */
	public List<ThemeCoverage.Row> themesToWatch() {
		return lowestFirst(themes, row -> row.topics().values().stream().map(Figure::visible).filter(Objects::nonNull)
			.min(Double::compare).orElse(null));
	}

	/** Each row's value worked out once, not at every comparison: 800 teams made 16,000 of them. */
	private static <T> List<T> lowestFirst(List<T> rows, java.util.function.Function<T, Double> value) {
		record Valued<T>(T row, Double value) {
		}
		return rows.stream()
			.map(row -> new Valued<>(row, value.apply(row)))
			.sorted(Comparator.comparing(Valued::value, Comparator.nullsLast(Comparator.naturalOrder())))
			.limit(TEAMS_AT_A_GLANCE)
			.map(Valued::row)
			.toList();
	}

}
