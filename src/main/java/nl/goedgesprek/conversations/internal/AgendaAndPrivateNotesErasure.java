package nl.goedgesprek.conversations.internal;

import java.util.Map;
import java.util.Set;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.goedgesprek.shared.ErasableData;
import nl.goedgesprek.shared.ErasureRows;

/**
 * Erasing the running agenda and eigen notities, before the conversations they refer to are stripped
 * ({@link ConversationErasure}). A person's own words go: their topics, their private notes. What is
 * about an employee goes with the employee, as the joint notes do: every topic of their pairs, and the
 * manager's private notes on their conversations. The insights rows keep the counts they had.
 */
@Component
@Order(19)
class AgendaAndPrivateNotesErasure implements ErasableData {

	private final JdbcClient jdbc;

	AgendaAndPrivateNotesErasure(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Set<String> tables() {
		return Set.of("agenda_topic", "agenda_topic_outcome", "private_note");
	}

	@Override
	public long person(Subject subject, boolean erase) {
		ErasureRows rows = ErasureRows.of(jdbc, erase, Map.of("p", subject.id()));
		return rows.delete("agenda_topic_outcome",
				"topic_id in (select id from agenda_topic where employee_id = :p or added_by = :p)")
				+ rows.delete("agenda_topic", "employee_id = :p or added_by = :p")
				+ rows.delete("private_note",
						"author_id = :p or conversation_id in (select id from conversation where employee_id = :p)");
	}

}
