package nl.goedgesprek.insights.internal;

import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.goedgesprek.shared.PersonalData;

/**
 * The rows of figures kept per conversation and agreement for the dashboards. They are counted from
 * the person's conversations and feed aggregates only (never shown per person, never for fewer than
 * five), but they are about the person, so they are shown to them. A manager's rows are the rows of
 * their employees' conversations: those figures are the employees' data and show in the employees'
 * own export, so the manager's export holds only the rows where they are the employee.
 */
@Component
class InsightsPersonalData implements PersonalData {

	private final JdbcClient jdbc;

	InsightsPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<String> sections() {
		return List.of("insightFigures");
	}

	@Override
	public Set<String> tables() {
		return Set.of("insight_conversation", "insight_agreement");
	}

	@Override
	public java.util.Map<String, String> notShown() {
		// the dates of the last conversation and agreement per team, copied from the conversations and agreements shown
		return java.util.Map.of("insight_reach", "personalData.notShown.insightReach");
	}

	@Override
	@Transactional(readOnly = true)
	public List<Section> of(long personId) {
		return List.of(new Section("insightFigures", jdbc.sql("""
				select conversation_id, held_on, points_employee, points_manager, words_employee, words_manager,
				       agreements_employee, agreements_manager, score_results, score_development, score_collaboration,
				       score_wellbeing, score_direction, pulse_good, pulse_heard
				from insight_conversation where employee_id = :p order by held_on, conversation_id""")
			.param("p", personId)
			.query((rs, n) -> {
				long conversation = rs.getLong("conversation_id");
				var item = PersonalData.item().field("conversationId", conversation)
					.field("heldOn", PersonalData.date(rs.getDate("held_on")));
				for (String column : List.of("points_employee", "points_manager", "words_employee", "words_manager",
						"agreements_employee", "agreements_manager", "score_results", "score_development",
						"score_collaboration", "score_wellbeing", "score_direction", "pulse_good", "pulse_heard")) {
					item.field(camel(column), rs.getObject(column, Integer.class));
				}
				return item.child("agreementFigures", jdbc.sql("""
						select agreement_id, owner, status, due_date, updated_on, helped from insight_agreement
						where conversation_id = :c and employee_id = :p order by agreement_id""")
					.param("c", conversation).param("p", personId)
					.query((a, m) -> PersonalData.item().field("agreementId", a.getLong("agreement_id"))
						.code("owner", a.getString("owner")).code("status", a.getString("status"))
						.field("dueDate", PersonalData.date(a.getDate("due_date")))
						.field("updatedOn", PersonalData.date(a.getDate("updated_on")))
						.code("helped", a.getString("helped")).build())
					.list()).build();
			})
			.list()));
	}

	/** {@code points_employee} as {@code pointsEmployee}: the JSON's names follow the rest of the export. */
	static String camel(String column) {
		StringBuilder name = new StringBuilder();
		boolean upper = false;
		for (char c : column.toCharArray()) {
			if (c == '_') {
				upper = true;
			}
			else {
				name.append(upper ? Character.toUpperCase(c) : c);
				upper = false;
			}
		}
		return name.toString();
	}

}
