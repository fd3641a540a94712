package nl.goedgesprek.insights.internal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.goedgesprek.people.People;

/** Puts a dashboard together, in one read-only transaction so all figures describe the same moment. */
@Service
@Transactional(readOnly = true)
public class Dashboards {

	private final Coverage coverage;

	private final ThemeCoverage themes;

	private final Voice voice;

	private final FollowThrough followThrough;

	private final Trends trends;

	private final DevelopmentWishes development;

	private final People people;

	Dashboards(Coverage coverage, ThemeCoverage themes, Voice voice, FollowThrough followThrough, Trends trends,
			DevelopmentWishes development, People people) {
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
		var since = period.today().minusWeeks(weeks);
		return new Dashboard(scope, period, coverage.people(scope), weeks, coverage.share(scope, since, period.today()),
				coverage.perTeam(scope, since, period.today()), themes.perTeam(scope, period), voice.of(scope, period),
				followThrough.of(scope, period), trends.pulse(scope, period), trends.statements(scope, period),
				development.competencies(scope), development.koers(scope));
	}

}
