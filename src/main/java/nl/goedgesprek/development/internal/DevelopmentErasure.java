package nl.goedgesprek.development.internal;

import java.util.Map;
import java.util.Set;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.goedgesprek.shared.ErasableData;
import nl.goedgesprek.shared.ErasureRows;

/**
 * An erased person's development data goes: ambitions, chosen competencies, the development plan,
 * appreciation they gave and received, their year stories. A year story they wrote as the manager
 * stays for the employee, without the manager's reflection (their words). A suggestion they made
 * loses its "suggested by".
 */
@Component
@Order(10)
class DevelopmentErasure implements ErasableData {

	private static final String OWN_GOALS = "development_goal in (select id from development_goal where employee_id = :p)";

	private static final String OWN_STORIES = "year_story in (select id from year_story where employee_id = :p)";

	private static final String OWN_AMBITIONS = "ambition_id in (select id from ambition where employee_id = :p)";

	private final JdbcClient jdbc;

	DevelopmentErasure(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Set<String> tables() {
		return Set.of("chosen_competency", "ambition", "development_goal", "development_action", "appreciation", "year_story",
				"year_story_acknowledgement", "year_story_view");
	}

	@Override
	public long person(Subject subject, boolean erase) {
		ErasureRows rows = ErasureRows.of(jdbc, erase, Map.of("p", subject.id()));
		long n = rows.delete("development_action", OWN_GOALS) + rows.delete("development_goal", "employee_id = :p");
		n += rows.delete("appreciation", "recipient_id = :p or giver_id = :p");
		// Others' appreciation or goals tagged with one of the person's ambitions lose the tag first.
		// The conditions leave out rows deleted above, so counting first counts what erasing changes.
		n += rows.update("appreciation", "ambition_id = null", OWN_AMBITIONS + " and recipient_id <> :p and giver_id <> :p");
		n += rows.update("development_goal", "ambition_id = null", OWN_AMBITIONS + " and employee_id <> :p");
		n += rows.update("ambition", "replaced_by = null", "employee_id = :p and replaced_by is not null");
		n += rows.delete("ambition", "employee_id = :p");
		n += rows.delete("chosen_competency", "employee_id = :p");
		n += rows.update("chosen_competency", "suggested_by = null", "suggested_by = :p and employee_id <> :p");
		n += rows.delete("year_story_acknowledgement", OWN_STORIES) + rows.delete("year_story_view", OWN_STORIES)
				+ rows.delete("year_story", "employee_id = :p");
		n += rows.update("year_story", "manager_reflection = null", "manager_id = :p and manager_reflection is not null");
		return n;
	}

}
