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
		return scope.bind(jdbc.sql("select count(*) as people, count(h.employee_id) as covered from employee e left join ("
				+ WINDOW + ") h on h.employee_id = e.id where " + scope.where()))
			.param("since", Date.valueOf(since))
			.param("until", Date.valueOf(today.plusDays(1)))
			.query((rs, row) -> figure(rs.getLong("covered"), rs.getLong("people")))
			.single();
	}

	/** Per team in the scope, by team name; a team of fewer than five shows no figure. */
	public List<TeamRow> perTeam(Scope scope, LocalDate since, LocalDate today) {
		return scope.bind(jdbc.sql("select t.id, t.name, count(*) as people, count(h.employee_id) as covered"
				+ " from employee e join team t on t.id = e.team_id left join (" + WINDOW + ") h on h.employee_id = e.id"
				+ " where " + scope.where() + " group by t.id, t.name order by t.name"))
			.param("since", Date.valueOf(since))
			.param("until", Date.valueOf(today.plusDays(1)))
			.query((rs, row) -> new TeamRow(TeamId.of(rs.getLong("id")), rs.getString("name"),
					figure(rs.getLong("covered"), rs.getLong("people"))))
			.list();
	}

	/** From the read model: it has a row for every held conversation, by date. */
	private static final String WINDOW = """
			select distinct w.employee_id from insight_conversation w where w.held_on >= :since and w.held_on < :until""";

	private static Figure figure(long covered, long people) {
		return Figure.of(people == 0 ? 0 : (double) covered / people, people);
	}

}
