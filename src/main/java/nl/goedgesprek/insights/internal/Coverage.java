package nl.goedgesprek.insights.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.goedgesprek.people.TeamId;

/** How many people in a scope had a conversation within the rhythm's window, overall and per team. */
@Component
public class Coverage {

	/**
	 * @param team {@code null} for the people without a team
	 * @param rest the people another view's coverage minus this one would be about ({@link Subtraction})
	 */
	public record TeamRow(TeamId team, String teamName, long people, long covered, long rest) {

		public TeamRow(TeamId team, String teamName, long people, long covered) {
			this(team, teamName, people, covered, 0);
		}

		public Figure coverage() {
			return figure(covered, people).withRest(rest);
		}

		TeamRow withRest(long rest) {
			return new TeamRow(team, teamName, people, covered, rest);
		}

	}

	private final JdbcClient jdbc;

	Coverage(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Per team in the scope (people without a team under {@code null}), how many people there are and
	 * how many had a conversation (with anyone) since {@code since}: their last conversation in the
	 * whole organisation. The whole scope's figure is the sum of these rows, so one query serves both.
	 */
	public List<TeamRow> perTeam(Scope scope, LocalDate since) {
		// counted per team id first and named after: grouping the people by the team's name sorted
		// every person by a collated text, most of the query's time in a large organisation
		return scope.bind(jdbc.sql("select c.team_id, t.name, c.people, c.covered from (select e.team_id, count(*) as people,"
				+ " sum(case when r.last_held_on >= :since then 1 else 0 end) as covered from people_employee_v e"
				+ " left join insight_reach r on r.scope_kind = 'O' and r.scope_id = 0 and r.employee_id = e.id"
				+ " where " + scope.where() + " group by e.team_id) c left join people_team_v t on t.id = c.team_id order by t.name"))
			.param("since", Date.valueOf(since))
			.query((rs, row) -> {
				long team = rs.getLong("team_id");
				return new TeamRow(rs.wasNull() ? null : TeamId.of(team), rs.getString("name"), rs.getLong("people"),
						rs.getLong("covered"));
			})
			.list();
	}

	/** The rows of real teams: without the people who have no team. */
	public static List<TeamRow> teamsOnly(List<TeamRow> rows) {
		return rows.stream().filter(row -> row.team() != null).toList();
	}

	/** The share of everyone in these rows. */
	public static Figure share(List<TeamRow> rows) {
		return figure(rows.stream().mapToLong(TeamRow::covered).sum(), rows.stream().mapToLong(TeamRow::people).sum());
	}

	private static Figure figure(long covered, long people) {
		return Figure.of(people == 0 ? 0 : (double) covered / people, people);
	}

}
