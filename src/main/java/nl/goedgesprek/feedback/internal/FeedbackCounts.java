package nl.goedgesprek.feedback.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.goedgesprek.people.People;
import nl.goedgesprek.people.TeamSummary;

/**
 * For HR: how many requests for input and answers there were in the last 12 months, for the
 * organisation and per team (the asker's team when asking), never who. A figure about fewer than five
 * askers or five answerers reads "te weinig mensen"; so does the organisation's when it minus the teams
 * shown would leave one to four people.
 */
@Service
@Transactional(readOnly = true)
public class FeedbackCounts {

	/** No figure about fewer people than this (the same rule as the dashboards). */
	public static final int MINIMUM_PEOPLE = 5;

	static final Duration PERIOD = Duration.ofDays(365);

	private final JdbcClient jdbc;

	private final People people;

	private final Clock clock;

	FeedbackCounts(JdbcClient jdbc, People people, Clock clock) {
		this.jdbc = jdbc;
		this.people = people;
		this.clock = clock;
	}

	/**
	 * One row of figures; {@code requests} and {@code answers} are {@code null} when hidden.
	 * @param name the team's name, or {@code null} for the organisation
	 */
	public record Row(String name, Long requests, Long answers) {

		public boolean hidden() {
			return requests == null;
		}

	}

	private record Tally(long requests, long askers, long answers, long answerers) {

		boolean bigEnough() {
			return askers >= MINIMUM_PEOPLE && answerers >= MINIMUM_PEOPLE;
		}

		boolean smallRest() {
			return (askers > 0 && askers < MINIMUM_PEOPLE) || (answerers > 0 && answerers < MINIMUM_PEOPLE);
		}

	}

	/** The organisation first, then every active team by name. */
	public List<Row> rows() {
		Timestamp since = Timestamp.from(clock.instant().minus(PERIOD));
		Map<Long, Tally> byTeam = jdbc.sql(SELECT + " and r.team_id is not null group by r.team_id")
			.param("since", since)
			.query((rs, n) -> Map.entry(rs.getLong("team_id"), tally(rs)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		List<Row> teams = new ArrayList<>();
		List<Long> shown = new ArrayList<>(List.of(-1L));
		for (TeamSummary team : people.activeTeams()) {
			Tally tally = byTeam.getOrDefault(team.id().value(), new Tally(0, 0, 0, 0));
			teams.add(row(team.name(), tally));
			if (tally.bigEnough()) {
				shown.add(team.id().value());
			}
		}
		Tally all = jdbc.sql(SELECT.replace("r.team_id, ", "")).param("since", since).query((rs, n) -> tally(rs)).single();
		Tally rest = jdbc.sql(SELECT.replace("r.team_id, ", "") + " and (r.team_id is null or r.team_id not in (:shown))")
			.param("since", since)
			.param("shown", shown)
			.query((rs, n) -> tally(rs))
			.single();
		List<Row> rows = new ArrayList<>();
		rows.add(all.bigEnough() && !rest.smallRest() ? new Row(null, all.requests(), all.answers()) : new Row(null, null, null));
		rows.addAll(teams);
		return rows;
	}

	private static Row row(String name, Tally tally) {
		return tally.bigEnough() ? new Row(name, tally.requests(), tally.answers()) : new Row(name, null, null);
	}

	private static Tally tally(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Tally(rs.getLong("requests"), rs.getLong("askers"), rs.getLong("answers"), rs.getLong("answerers"));
	}

	private static final String SELECT = """
			select r.team_id, count(distinct r.id) as requests, count(distinct r.asker_id) as askers,
			       count(distinct case when a.state = 'ANSWERED' then a.id end) as answers,
			       count(distinct case when a.state = 'ANSWERED' then a.colleague_id end) as answerers
			from feedback_request r left join feedback_answer a on a.request_id = r.id
			where r.created_at >= :since""";

}
