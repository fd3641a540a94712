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

	/** @param team {@code null} for the people without a team */
	public record TeamRow(TeamId team, String teamName, long people, long covered) {

		public Figure coverage() {
			return figure(covered, people);
		}

	}

	private final JdbcClient jdbc;

	Coverage(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Per team in the scope (people without a team under {@code null}), how many people there are and
	 * how many had a conversation since {@code since}. The whole scope's figure is the sum of these
	 * rows, so one query serves both.
	 */
	public List<TeamRow> perTeam(Scope scope, LocalDate since, LocalDate today) {
		return scope.bind(jdbc.sql("select e.team_id, t.name, count(*) as people, " + covered(scope) + " as covered"
				+ " from employee e left join team t on t.id = e.team_id" + window(scope) + " where " + scope.where()
				+ " group by e.team_id, t.name order by t.name"))
			.param("since", Date.valueOf(since))
			.param("until", Date.valueOf(today.plusDays(1)))
			.query((rs, row) -> {
				long team = rs.getLong("team_id");
				return new TeamRow(rs.wasNull() ? null : TeamId.of(team), rs.getString("name"), rs.getLong("people"),
						rs.getLong("covered"));
			})
			.list();
	}

	/** The share of everyone in these rows. */
	public static Figure share(List<TeamRow> rows) {
		return figure(rows.stream().mapToLong(TeamRow::covered).sum(), rows.stream().mapToLong(TeamRow::people).sum());
	}

	/**
	 * For the whole organisation, one pass over the window's read-model rows is cheapest; for a team or
	 * a manager's reports, asking per person through the index is.
	 */
	private static String window(Scope scope) {
		return scope.isOrganisation() ? " left join (select distinct w.employee_id from insight_conversation w"
				+ " where w.held_on >= :since and w.held_on < :until) h on h.employee_id = e.id" : "";
	}

	private static String covered(Scope scope) {
		return scope.isOrganisation() ? "count(h.employee_id)"
				: "coalesce(sum(case when exists (select 1 from insight_conversation w where w.employee_id = e.id"
						+ " and w.held_on >= :since and w.held_on < :until) then 1 else 0 end), 0)";
	}

	private static Figure figure(long covered, long people) {
		return Figure.of(people == 0 ? 0 : (double) covered / people, people);
	}

}
