package nl.goedgesprek.insights.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Development in aggregate: how many people want to strengthen each competency, and how many have a
 * plan goal linked to each active koers goal. A count under five is not shown.
 * <p>
 * These counts are exact and every person is in one team or none, so the organisation's count minus
 * the counts the team dashboards show would give the count of the rest: the teams whose count is
 * hidden and the people without a team. When that rest is one to four people, the organisation's
 * count is hidden too (secondary suppression), or subtracting would show a figure about fewer than
 * five people.
 */
@Component
public class DevelopmentWishes {

	public record Count(String name, Figure people) {
	}

	private static final String PEOPLE = "e.active = true and e.manager_id is not null";

	private final JdbcClient jdbc;

	DevelopmentWishes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Count> competencies(Scope scope) {
		List<Count> counts = scope.bind(jdbc.sql("""
				select c.name, count(distinct k.employee_id) as people
				from competency c
				left join chosen_competency k on k.competency_id = c.id and k.status = 'CHOSEN'
				     and k.employee_id in (select e.id from employee e where """ + " " + scope.where() + """
				)
				where c.active = true group by c.name order by 2 desc, c.name"""))
			.query((rs, row) -> new Count(rs.getString("name"), Figure.of(rs.getLong("people"), rs.getLong("people"))))
			.list();
		return scope.isOrganisation() ? hideSmallRest(counts, shownByTeams("""
				select c.name, e.team_id, count(distinct k.employee_id) as people
				from competency c
				join chosen_competency k on k.competency_id = c.id and k.status = 'CHOSEN'
				join employee e on e.id = k.employee_id
				where c.active = true and e.team_id is not null and\s""" + PEOPLE + " group by c.name, e.team_id")) : counts;
	}

	public List<Count> koers(Scope scope) {
		List<Count> counts = scope.bind(jdbc.sql("""
				select o.title, count(distinct g.employee_id) as people
				from organisation_goal o
				left join development_goal g on g.organisation_goal_id = o.id
				     and g.employee_id in (select e.id from employee e where """ + " " + scope.where() + """
				)
				where o.active = true group by o.title order by 2 desc, o.title"""))
			.query((rs, row) -> new Count(rs.getString("title"), Figure.of(rs.getLong("people"), rs.getLong("people"))))
			.list();
		return scope.isOrganisation() ? hideSmallRest(counts, shownByTeams("""
				select o.title as name, e.team_id, count(distinct g.employee_id) as people
				from organisation_goal o
				join development_goal g on g.organisation_goal_id = o.id
				join employee e on e.id = g.employee_id
				where o.active = true and e.team_id is not null and\s""" + PEOPLE + " group by o.title, e.team_id")) : counts;
	}

	/** Per name: the sum of the team counts a team dashboard shows (five or more). */
	private Map<String, Long> shownByTeams(String perTeam) {
		Map<String, Long> shown = new HashMap<>();
		jdbc.sql(perTeam).query(rs -> {
			long people = rs.getLong("people");
			if (people >= Figure.MINIMUM_PEOPLE) {
				shown.merge(rs.getString(1), people, Long::sum);
			}
		});
		return shown;
	}

	/** An organisation count whose rest (the count minus what the teams show) is one to four people is about that rest. */
	private static List<Count> hideSmallRest(List<Count> counts, Map<String, Long> shownByTeams) {
		return counts.stream().map(count -> {
			long all = Math.round(count.people().value());
			long rest = all - shownByTeams.getOrDefault(count.name(), 0L);
			return rest > 0 && rest < Figure.MINIMUM_PEOPLE ? new Count(count.name(), Figure.of(all, rest)) : count;
		}).toList();
	}

}
