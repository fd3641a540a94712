package nl.goedgesprek.insights.internal;

import java.util.List;

/** Every figure of one dashboard: one scope, one period. */
public record Dashboard(Scope scope, Period period, long people, int checkInWeeks, Figure coverage,
		List<Coverage.TeamRow> teams, List<ThemeCoverage.Row> themes, Voice.Result voice, FollowThrough.Result followThrough,
		List<Trends.PulseMonth> pulse, List<Trends.StatementMonth> statements, List<DevelopmentWishes.Count> competencies,
		List<DevelopmentWishes.Count> koers) {

	/** The whole scope is too small: nothing at all is shown. */
	public boolean tooFewPeople() {
		return people < Figure.MINIMUM_PEOPLE;
	}

	public List<nl.goedgesprek.cards.Topic> topics() {
		return ThemeCoverage.requiredTopics();
	}

}
