package nl.goedgesprek.insights.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.goedgesprek.cards.Theme;
import nl.goedgesprek.cards.Topic;

/**
 * The SQL that writes the per-conversation and per-agreement rows of the insights read model from
 * the views conversations, people and followup publish for it (V33-V35): counts, scores and dates;
 * those views have no text.
 */
final class FactRows {

	private FactRows() {
	}

	/** The day a conversation was held: its planned day, or the day it was closed when that came first. */
	static final String HELD_ON = "case when c.closed_at is not null and cast(c.closed_at as date) < cast(c.scheduled_at as date)"
			+ " then cast(c.closed_at as date) else cast(c.scheduled_at as date) end";

	/**
	 * The agreement rows, from their conversation's row (its people too, which are pseudonyms once a participant
	 * was erased): callers add a condition on {@code c} or {@code g}.
	 */
	static final String AGREEMENTS = """
			insert into insight_agreement (agreement_id, conversation_id, employee_id, manager_id, team_id, held_on, owner,
			    status, due_date, updated_on, helped)
			select g.id, c.id, i.employee_id, i.manager_id, i.team_id, i.held_on, g.owner, g.status,
			    g.due_date, cast(g.updated_at as date),
			    (select r.helped from followup_agreement_review_v r where r.agreement_id = g.id and r.side = 'EMPLOYEE')
			from conversations_agreement_v g join conversations_conversation_v c on c.id = g.conversation_id
			join insight_conversation i on i.conversation_id = c.id
			where c.status in ('HELD', 'COMPLETED')""";

	/** The conversation rows: callers add a condition on {@code c}, the conversation. */
	static String conversations(Map<String, Theme> themesByKey) {
		Map<Topic, List<String>> keys = themesByKey.values().stream()
			.filter(theme -> theme.topic() != null)
			.collect(Collectors.groupingBy(theme -> theme.topic(), Collectors.mapping(theme -> theme.key(), Collectors.toList())));
		StringBuilder columns = new StringBuilder();
		StringBuilder values = new StringBuilder();
		FactColumns.NOTED.forEach((topic, column) -> {
			columns.append(", ").append(column);
			values.append(", ").append(noted(keys.get(topic)));
		});
		FactColumns.SCORE.forEach((topic, column) -> {
			columns.append(", ").append(column);
			values.append(", ").append(score(keys.get(topic)));
		});
		return """
				insert into insight_conversation (conversation_id, employee_id, manager_id, team_id, held_on, held_year, held_month,
				    points_employee, points_manager, words_employee, words_manager, agreements_employee, agreements_manager"""
				+ columns + """
				, pulse_good, pulse_heard)
				select c.id, c.employee_id, c.manager_id, e.team_id, """ + HELD_ON + ", extract(year from " + HELD_ON
				+ "), extract(month from " + HELD_ON + "),\n" + points("EMPLOYEE") + ", " + points("MANAGER") + ", " + words("EMPLOYEE") + ", " + words("MANAGER") + ", "
				+ agreements("EMPLOYEE") + ", " + agreements("MANAGER") + values + """
				,
				    (select u.good from followup_pulse_v u where u.conversation_id = c.id and u.side = 'EMPLOYEE'),
				    (select u.heard from followup_pulse_v u where u.conversation_id = c.id and u.side = 'EMPLOYEE')
				from conversations_conversation_v c join people_employee_v e on e.id = c.employee_id
				where c.status in ('HELD', 'COMPLETED')""";
	}

	/**
	 * Talking points of a side's shared preparation, plus the running-agenda topics that side added and
	 * that were on this conversation's agenda when it was closed (each topic counts once, there).
	 */
	private static String points(String side) {
		return "((select count(*) from conversations_talking_point_v t where t.conversation_id = c.id"
				+ " and t.side = '" + side + "')"
				+ " + (select count(*) from conversations_agenda_topic_v g where g.counts_for = c.id and g.side = '" + side + "'))";
	}

	/** The words of a side's shared answers (the view counts them per answer). */
	private static String words(String side) {
		return "(select coalesce(sum(a.words), 0) from conversations_answer_v a where a.conversation_id = c.id"
				+ " and a.side = '" + side + "')";
	}

	private static String agreements(String owner) {
		return "(select count(*) from conversations_agreement_v g where g.conversation_id = c.id and g.owner = '" + owner + "')";
	}

	private static String noted(List<String> themeKeys) {
		return "case when exists (select 1 from conversations_note_v n where n.conversation_id = c.id and n.theme_key in ("
				+ in(themeKeys) + ") and n.written = true) then true else false end";
	}

	private static String score(List<String> themeKeys) {
		return "(select max(a.score) from conversations_answer_v a where a.conversation_id = c.id"
				+ " and a.side = 'EMPLOYEE' and a.preparation_key in ("
				+ in(themeKeys == null ? List.of() : themeKeys.stream().map(key -> key + ".statement").toList()) + "))";
	}

	/** Theme keys come from our own cards, but are still quoted safely. */
	private static String in(List<String> values) {
		if (values == null || values.isEmpty()) {
			return "''";
		}
		return values.stream().map(value -> "'" + value.replace("'", "''") + "'").collect(Collectors.joining(", "));
	}

}
