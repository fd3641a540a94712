package nl.goedgesprek.insights.internal;

import java.text.Collator;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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

	private final JdbcClient jdbc;

	DevelopmentWishes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Count> competencies(Scope scope) {
		if (scope.isOrganisation()) {
			return organisation("select name from development_competency_v where active = true", """
					select c.name, e.team_id, count(distinct k.employee_id) as people
					from development_competency_v c
					join development_chosen_competency_v k on k.competency_id = c.id and k.status = 'CHOSEN'
					join people_employee_v e on e.id = k.employee_id
					where c.active = true and\s""" + Scope.organisation().where() + " group by c.name, e.team_id");
		}
		return scope.bind(jdbc.sql("""
				select c.name, count(distinct k.employee_id) as people
				from development_competency_v c
				left join development_chosen_competency_v k on k.competency_id = c.id and k.status = 'CHOSEN'
				     and k.employee_id in (select e.id from people_employee_v e where """ + " " + scope.where() + """
				)
				where c.active = true group by c.name order by 2 desc, c.name"""))
			.query((rs, row) -> new Count(rs.getString("name"), Figure.of(rs.getLong("people"), rs.getLong("people"))))
			.list();
	}

	public List<Count> koers(Scope scope) {
		if (scope.isOrganisation()) {
			return organisation("select title from development_organisation_goal_v where active = true", """
					select o.title, e.team_id, count(distinct g.employee_id) as people
					from development_organisation_goal_v o
					join development_goal_v g on g.organisation_goal_id = o.id
					join people_employee_v e on e.id = g.employee_id
					where o.active = true and\s""" + Scope.organisation().where() + " group by o.title, e.team_id");
		}
		return scope.bind(jdbc.sql("""
				select o.title, count(distinct g.employee_id) as people
				from development_organisation_goal_v o
				left join development_goal_v g on g.organisation_goal_id = o.id
				     and g.employee_id in (select e.id from people_employee_v e where """ + " " + scope.where() + """
				)
				where o.active = true group by o.title order by 2 desc, o.title"""))
			.query((rs, row) -> new Count(rs.getString("title"), Figure.of(rs.getLong("people"), rs.getLong("people"))))
			.list();
	}

	/**
	 * The organisation's counts, added up from the counts per team (and of the people without a
	 * team), so the same query tells what the team dashboards show: a count whose rest is one to four
	 * people is about that rest. Most people first, then by name.
	 */
	private List<Count> organisation(String names, String perTeam) {
		Map<String, long[]> allAndShownByTeams = new HashMap<>();
		jdbc.sql(perTeam).query(rs -> {
			long people = rs.getLong("people");
			long[] counts = allAndShownByTeams.computeIfAbsent(rs.getString(1), name -> new long[2]);
			counts[0] += people;
			if (rs.getObject("team_id") != null && people >= Figure.MINIMUM_PEOPLE) {
				counts[1] += people;
			}
		});
		Collator byName = Collator.getInstance(Locale.forLanguageTag("nl"));
		return jdbc.sql(names).query(String.class).list().stream().map(name -> {
			long[] counts = allAndShownByTeams.getOrDefault(name, new long[2]);
			return new Count(name, Figure.of(counts[0], counts[0]).withRest(counts[0] - counts[1]));
		})
			.sorted(Comparator.comparing((Count count) -> count.people().value()).reversed()
				.thenComparing(Count::name, byName))
			.toList();
	}

}
