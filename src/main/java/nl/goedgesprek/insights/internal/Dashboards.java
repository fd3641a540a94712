package nl.goedgesprek.insights.internal;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;

import org.springframework.stereotype.Service;

import nl.goedgesprek.people.People;

/**
 * Puts a dashboard together. Its parts are independent queries over the read models, so they run
 * side by side ({@link DashboardParts}): the page waits for the slowest part, not for their sum. Each
 * part of a page reads in its own short transaction; a conversation held while the page is built may
 * show in one part and not yet in another, which a dashboard of totals can live with. Within a
 * caller's transaction the parts read in that transaction, one after the other.
 * <p>
 * A dashboard is computed again only when something it counts changed ({@link KeptDashboards}, by
 * {@link DataVersions}): an organisation's HR dashboard is a dozen queries over every team's totals,
 * and most of its requests come while nothing changed.
 */
@Service
public class Dashboards {

	/** Side by side on their own threads; inline within a caller's transaction ({@link DashboardParts}). */
	private final DashboardParts parts = new DashboardParts();

	private final Coverage coverage;

	private final ThemeCoverage themes;

	private final Voice voice;

	private final FollowThrough followThrough;

	private final Trends trends;

	private final DevelopmentWishes development;

	private final People people;

	private final Subtraction subtraction;

	private final DataVersions versions;

	private final KeptDashboards kept;

	Dashboards(Coverage coverage, ThemeCoverage themes, Voice voice, FollowThrough followThrough, Trends trends,
			DevelopmentWishes development, People people, Subtraction subtraction, DataVersions versions,
			io.micrometer.core.instrument.MeterRegistry meters) {
		this.subtraction = subtraction;
		this.versions = versions;
		this.kept = new KeptDashboards(meters);
		this.coverage = coverage;
		this.themes = themes;
		this.voice = voice;
		this.followThrough = followThrough;
		this.trends = trends;
		this.development = development;
		this.people = people;
	}

	public Dashboard of(Scope scope, Period period) {
		int weeks = people.rhythm().checkInWeeks();
		return kept.get(new KeptDashboards.Key(scope, period, weeks), versions::now, () -> compute(scope, period, weeks));
	}

	private Dashboard compute(Scope scope, Period period, int weeks) {
		var teams = part(() -> coveragePerTeam(scope, period, weeks));
		var heatMap = part(() -> themes.perTeam(scope, period));
		var balance = part(() -> voice.of(scope, period));
		var agreements = part(() -> followThrough.of(scope, period));
		var pulse = part(() -> trends.pulse(scope, period));
		var statements = part(() -> trends.statements(scope, period));
		var competencies = part(() -> development.competencies(scope));
		var koers = part(() -> development.koers(scope));
		var rests = subtraction.of(scope, period, parts, heatMap);
		var rows = teams.join();
		var r = rests.join();
		var share = Subtraction.coverage(rows, r);
		return new Dashboard(scope, period, Coverage.share(rows).people(), weeks, share,
				Subtraction.coverageRows(Coverage.teamsOnly(rows), r), everyTeam(Subtraction.themes(heatMap.join(), scope, r), scope),
				Subtraction.voice(balance.join(), r), Subtraction.followThrough(agreements.join(), r),
				Subtraction.pulse(pulse.join(), r), Subtraction.statements(statements.join(), r),
				Subtraction.development(competencies.join(), "c:", r), Subtraction.development(koers.join(), "k:", r));
	}

	/**
	 * Coverage per team, every team's row: the organisation's dashboard's own rows, so the full table
	 * says what the dashboard's summary of it says.
	 */
	public List<Coverage.TeamRow> coveragePerTeam(Period period) {
		return of(Scope.organisation(), period).teams();
	}

	/** The heat map's rows, every team's: the organisation's dashboard's own rows. */
	public List<ThemeCoverage.Row> themesPerTeam(Period period) {
		return of(Scope.organisation(), period).themes();
	}

	/**
	 * The heat map's rows with a row for every active team without conversations in the period too:
	 * all its cells read "te weinig mensen", like the coverage table. Added after the subtraction
	 * guard, which such a row (nobody in it) would not change.
	 */
	private List<ThemeCoverage.Row> everyTeam(List<ThemeCoverage.Row> rows, Scope scope) {
		if (!scope.isOrganisation()) {
			return rows;
		}
		java.util.Set<Long> listed = new java.util.HashSet<>();
		rows.forEach(row -> listed.add(row.team()));
		List<ThemeCoverage.Row> all = new java.util.ArrayList<>(rows);
		for (var team : people.activeTeams()) {
			if (!listed.contains(team.id().value())) {
				java.util.Map<nl.goedgesprek.cards.Topic, Figure> none = new java.util.EnumMap<>(nl.goedgesprek.cards.Topic.class);
				ThemeCoverage.requiredTopics().forEach(topic -> none.put(topic, Figure.of(0, 0)));
				all.add(new ThemeCoverage.Row(team.name(), Figure.of(0, 0), none, team.id().value(), null));
			}
		}
		all.sort(java.util.Comparator.comparing(ThemeCoverage.Row::teamName,
				java.util.Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER)));
		return List.copyOf(all);
	}

	/**
	 * On the organisation's pages every active team has a row, also a team whose people have no
	 * manager to talk with (the board): it reads "te weinig mensen" rather than being left out, so HR
	 * sees the list is complete. Such a row counts nobody, so no total or rest changes.
	 */
	private List<Coverage.TeamRow> coveragePerTeam(Scope scope, Period period, int weeks) {
		List<Coverage.TeamRow> rows = coverage.perTeam(scope, period.today().minusWeeks(weeks));
		if (!scope.isOrganisation()) {
			return rows;
		}
		java.util.Set<nl.goedgesprek.people.TeamId> listed = new java.util.HashSet<>();
		rows.forEach(row -> listed.add(row.team()));
		List<Coverage.TeamRow> all = new java.util.ArrayList<>(rows);
		people.activeTeams()
			.stream()
			.filter(team -> !listed.contains(team.id()))
			.forEach(team -> all.add(new Coverage.TeamRow(team.id(), team.name(), 0, 0)));
		all.sort(java.util.Comparator.comparing(Coverage.TeamRow::teamName,
				java.util.Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER)));
		return List.copyOf(all);
	}

	private <T> CompletableFuture<T> part(Supplier<T> query) {
		return CompletableFuture.supplyAsync(query, parts);
	}

	@PreDestroy
	void stop() {
		parts.stop();
	}

}
