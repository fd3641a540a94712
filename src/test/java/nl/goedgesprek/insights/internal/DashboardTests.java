package nl.goedgesprek.insights.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.goedgesprek.cards.Topic;
import nl.goedgesprek.people.TeamId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With hundreds of teams a per-team table first shows the ten that need attention most: the lowest
 * figures first, teams too small to show last, and never a figure the five-people rule hides.
 */
class DashboardTests {

	@Test
	void aFewTeamsAreShownAsTheyAre() {
		Dashboard d = dashboard(12);
		assertThat(d.teamsSummarised()).isFalse();
		assertThat(d.themesSummarised()).isFalse();
	}

	@Test
	void manyTeamsShowTheTenWithTheLowestFiguresFirst() {
		Dashboard d = dashboard(40);
		assertThat(d.teamsSummarised()).isTrue();
		assertThat(d.teamsToWatch()).hasSize(Dashboard.TEAMS_AT_A_GLANCE)
			.extracting(row -> row.coverage().visible())
			.doesNotContainNull()
			.isSortedAccordingTo(Double::compare)
			.first().isEqualTo(0.1);
		assertThat(d.teamsToWatch()).extracting(Coverage.TeamRow::teamName).doesNotContain("Team klein");

		assertThat(d.themesSummarised()).isTrue();
		assertThat(d.themesToWatch()).hasSize(Dashboard.TEAMS_AT_A_GLANCE).first()
			.satisfies(row -> assertThat(row.teamName()).isEqualTo("Team 7"));
		assertThat(d.themesToWatch()).extracting(ThemeCoverage.Row::teamName).doesNotContain("Team klein");
	}

	/** Teams 0..n-2 with coverage 0.1 + i/100 (shuffled), one team of three people with 0 coverage. */
	private static Dashboard dashboard(int teams) {
		List<Coverage.TeamRow> coverage = new ArrayList<>();
		List<ThemeCoverage.Row> themes = new ArrayList<>();
		for (int i = 0; i < teams - 1; i++) {
			int n = (i * 7) % (teams - 1);
			coverage.add(new Coverage.TeamRow(TeamId.of((long) n + 1), "Team " + n, 10, 1 + n));
			Map<Topic, Figure> shares = new EnumMap<>(Topic.class);
			for (Topic topic : ThemeCoverage.requiredTopics()) {
				// Team 7's development share is the lowest of all.
				shares.put(topic, Figure.of(n == 7 && topic == Topic.DEVELOPMENT ? 0.01 : 0.5 + n / 100.0, 10));
			}
			themes.add(new ThemeCoverage.Row("Team " + n, Figure.of(20, 10), shares));
		}
		coverage.add(new Coverage.TeamRow(TeamId.of(999L), "Team klein", 3, 0));
		Map<Topic, Figure> hidden = new EnumMap<>(Topic.class);
		ThemeCoverage.requiredTopics().forEach(topic -> hidden.put(topic, Figure.of(0, 3)));
		themes.add(new ThemeCoverage.Row("Team klein", Figure.of(2, 3), hidden));
		LocalDate today = LocalDate.of(2026, 11, 27);
		return new Dashboard(Scope.organisation(), Period.monthsBack(12, today), 400, 6, Figure.of(0.5, 400), coverage, themes,
				null, null, List.of(), List.of(), List.of(), List.of());
	}

}
