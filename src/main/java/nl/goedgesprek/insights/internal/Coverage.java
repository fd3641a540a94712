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

	public record TeamRow(TeamId team, String teamName, Figure coverage) {
	}

	private final JdbcClient jdbc;

	Coverage(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long people(Scope scope) {
		return scope.bind(jdbc.sql("select count(*) from employee e where " + scope.where())).query(Long.class).single();
	}

	/** The share of people in the scope with a conversation held since {@code since}. */
	public Figure share(Scope scope, LocalDate since, LocalDate today) {
		return scope.bind(jdbc.sql("select count(*) as people, coalesce(sum(" + COVERED + "), 0) as covered from employee e where "
				+ scope.where()))
			.param("since", Date.valueOf(since))
			.param("until", Date.valueOf(today.plusDays(1)))
			.query((rs, row) -> figure(rs.getLong("covered"), rs.getLong("people")))
			.single();
	}

	/** Per team in the scope, by team name; a team of fewer than five shows no figure. */
	public List<TeamRow> perTeam(Scope scope, LocalDate since, LocalDate today) {
		return scope.bind(jdbc.sql("select t.id, t.name, count(*) as people, coalesce(sum(" + COVERED + "), 0) as covered"
				+ " from employee e join team t on t.id = e.team_id where " + scope.where()
				+ " group by t.id, t.name order by t.name"))
			.param("since", Date.valueOf(since))
			.param("until", Date.valueOf(today.plusDays(1)))
			.query((rs, row) -> new TeamRow(TeamId.of(rs.getLong("id")), rs.getString("name"),
					figure(rs.getLong("covered"), rs.getLong("people"))))
			.list();
	}

	/** 1 when the person had a conversation in the window: the read model has a row for every held one. */
	private static final String COVERED = "case when exists (select 1 from insight_conversation w where w.employee_id = e.id"
			+ " and w.held_on >= :since and w.held_on < :until) then 1 else 0 end";

	private static Figure figure(long covered, long people) {
		return Figure.of(people == 0 ? 0 : (double) covered / people, people);
	}

}
