package nl.goedgesprek.insights.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Development in aggregate: how many people want to strengthen each competency, and how many have a
 * plan goal linked to each active koers goal. A count under five is not shown.
 */
@Component
public class DevelopmentWishes {

	public record Count(String name, Figure people) {
	}

	private final JdbcClient jdbc;

	DevelopmentWishes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Count> competencies(Scope scope) {
		return scope.bind(jdbc.sql("""
				select c.name, count(distinct k.employee_id) as people
				from competency c
				left join chosen_competency k on k.competency_id = c.id and k.status = 'CHOSEN'
				     and k.employee_id in (select e.id from employee e where """ + " " + scope.where() + """
				)
				where c.active = true group by c.name order by 2 desc, c.name"""))
			.query((rs, row) -> new Count(rs.getString("name"), Figure.of(rs.getLong("people"), rs.getLong("people"))))
			.list();
	}

	public List<Count> koers(Scope scope) {
		return scope.bind(jdbc.sql("""
				select o.title, count(distinct g.employee_id) as people
				from organisation_goal o
				left join development_goal g on g.organisation_goal_id = o.id
				     and g.employee_id in (select e.id from employee e where """ + " " + scope.where() + """
				)
				where o.active = true group by o.title order by 2 desc, o.title"""))
			.query((rs, row) -> new Count(rs.getString("title"), Figure.of(rs.getLong("people"), rs.getLong("people"))))
			.list();
	}

}
