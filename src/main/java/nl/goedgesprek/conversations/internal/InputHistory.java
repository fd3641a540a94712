package nl.goedgesprek.conversations.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.goedgesprek.cards.ConversationKind;
import nl.goedgesprek.conversations.ConversationStatus;
import nl.goedgesprek.people.EmployeeId;

/**
 * "Jouw inbreng, wat ermee gebeurde": every talking point an employee raised in a shared
 * preparation, newest conversation first, with its outcome. Callers only ever ask for the signed-in
 * person's own input.
 */
@Component
public class InputHistory {

	private final JdbcClient jdbc;

	InputHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The employee's talking points, one list per conversation, newest first. */
	public Collection<List<InputItem>> of(EmployeeId employee) {
		Map<Long, List<InputItem>> byConversation = new LinkedHashMap<>();
		jdbc.sql("""
				select c.id, c.scheduled_at, c.kind, m.name as manager_name, c.status,
				       t.text, t.discussed, t.outcome, t.outcome_note
				from conversation c
				join employee m on m.id = c.manager_id
				join preparation p on p.conversation_id = c.id and p.side = 'EMPLOYEE' and p.shared_at is not null
				join talking_point t on t.preparation = p.id
				where c.employee_id = :me and c.status <> 'CANCELLED'
				order by c.scheduled_at desc, t.preparation_key""")
			.param("me", employee.value())
			.query((rs, row) -> new InputItem(rs.getLong("id"), rs.getTimestamp("scheduled_at").toLocalDateTime(),
					ConversationKind.valueOf(rs.getString("kind")), rs.getString("manager_name"),
					ConversationStatus.valueOf(rs.getString("status")), rs.getString("text"), rs.getBoolean("discussed"),
					rs.getString("outcome") == null ? null : TalkingPoint.Outcome.valueOf(rs.getString("outcome")),
					rs.getString("outcome_note")))
			.list()
			.forEach(item -> byConversation.computeIfAbsent(item.conversationId(), id -> new ArrayList<>()).add(item));
		return byConversation.values();
	}

}
