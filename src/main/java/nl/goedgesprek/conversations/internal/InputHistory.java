package nl.goedgesprek.conversations.internal;

import java.time.Instant;
import java.time.LocalDateTime;
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
 * preparation, newest conversation first, with its outcome, and every topic they put on a running
 * agenda as the employee, with what became of it. Callers only ever ask for the signed-in person's
 * own input.
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
				join people_employee_v m on m.id = c.manager_id
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

	/**
	 * The topics the employee put on the running agenda with any manager they had (taken along after a
	 * move: both), newest first, with the conversation they were settled in.
	 */
	public List<TopicInput> topicsOf(EmployeeId employee) {
		return jdbc.sql("""
				select t.text, t.added_at, t.outcome, t.outcome_note, t.counts_for, m.name as manager_name,
				       c.id as settled_in, c.scheduled_at as settled_on, c.kind as settled_kind
				from agenda_topic t
				join people_employee_v m on m.id = t.manager_id
				left join conversation c on c.id = t.settled_during
				where t.employee_id = :me and t.added_by = :me
				order by t.added_at desc, t.id desc""")
			.param("me", employee.value())
			.query((rs, row) -> new TopicInput(rs.getString("text"), rs.getTimestamp("added_at").toInstant(),
					rs.getString("manager_name"),
					rs.getString("outcome") == null ? null : TalkingPoint.Outcome.valueOf(rs.getString("outcome")),
					rs.getString("outcome_note"), rs.getObject("counts_for") != null,
					rs.getObject("settled_in", Long.class),
					rs.getTimestamp("settled_on") == null ? null : rs.getTimestamp("settled_on").toLocalDateTime(),
					rs.getString("settled_kind") == null ? null : ConversationKind.valueOf(rs.getString("settled_kind"))))
			.list();
	}

	/**
	 * One running-agenda topic the employee added, and what became of it.
	 * @param onAnAgenda a held conversation had it on its agenda
	 * @param settledIn the conversation its outcome was said in, or null
	 */
	public record TopicInput(String text, Instant addedAt, String managerName, TalkingPoint.Outcome outcome,
			String outcomeNote, boolean onAnAgenda, Long settledIn, LocalDateTime settledOn,
			ConversationKind settledKind) {

		/** Not yet talked about: no held conversation had it on its agenda. */
		public boolean toCome() {
			return outcome == null && !onAnAgenda;
		}

		/** On the agenda of a held conversation without an outcome: it is on the next one again. */
		public boolean leftOver() {
			return outcome == null && onAnAgenda;
		}

	}

}
