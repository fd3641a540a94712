package nl.goedgesprek.conversations.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.people.People;
import nl.goedgesprek.shared.PersonalData;

import static nl.goedgesprek.shared.PersonalData.instant;

/**
 * The running agenda and eigen notities in a person's own data: every topic of a pair they were part
 * of (both sides saw those lists), and only the private notes they wrote themselves. Another
 * participant's private notes are in nobody's export but their author's.
 */
@Component
class AgendaAndPrivateNotesPersonalData implements PersonalData {

	private final JdbcClient jdbc;

	private final People people;

	AgendaAndPrivateNotesPersonalData(JdbcClient jdbc, People people) {
		this.jdbc = jdbc;
		this.people = people;
	}

	@Override
	public List<String> sections() {
		return List.of("runningAgenda", "privateNotes");
	}

	@Override
	public Set<String> tables() {
		return Set.of("agenda_topic", "agenda_topic_outcome", "private_note");
	}

	@Override
	@Transactional(readOnly = true)
	public List<Section> of(long personId) {
		return List.of(new Section("runningAgenda", topics(personId)), new Section("privateNotes", privateNotes(personId)));
	}

	private List<Item> topics(long personId) {
		Map<Long, List<Item>> onRecords = new HashMap<>();
		jdbc.sql("""
				select o.topic_id, o.conversation_id, o.outcome, o.outcome_note from agenda_topic_outcome o
				join agenda_topic t on t.id = o.topic_id
				where t.employee_id = :p or t.manager_id = :p order by o.conversation_id""")
			.param("p", personId)
			.query(rs -> {
				onRecords.computeIfAbsent(rs.getLong("topic_id"), t -> new ArrayList<>()).add(PersonalData.item()
					.field("conversation", rs.getLong("conversation_id"))
					.code("outcome", rs.getString("outcome"))
					.field("outcomeNote", rs.getString("outcome_note"))
					.build());
			});
		return jdbc.sql("""
				select id, employee_id, manager_id, added_by, text, added_at, counts_for, outcome, outcome_note
				from agenda_topic where employee_id = :p or manager_id = :p order by id""")
			.param("p", personId)
			.query((rs, row) -> PersonalData.item()
				.field("employee", name(rs.getLong("employee_id")))
				.field("manager", name(rs.getLong("manager_id")))
				.field("addedBy", name(rs.getLong("added_by")))
				.field("text", rs.getString("text"))
				.field("addedAt", instant(rs.getTimestamp("added_at")))
				.field("conversation", (Long) rs.getObject("counts_for", Long.class))
				.code("outcome", rs.getString("outcome"))
				.field("outcomeNote", rs.getString("outcome_note"))
				.child("topicOnRecords", onRecords.getOrDefault(rs.getLong("id"), List.of()))
				.build())
			.list();
	}

	private List<Item> privateNotes(long personId) {
		return jdbc.sql("select conversation_id, text, updated_at from private_note where author_id = :p order by id")
			.param("p", personId)
			.query((rs, row) -> PersonalData.item()
				.field("conversation", rs.getLong("conversation_id"))
				.field("text", rs.getString("text"))
				.field("updatedAt", instant(rs.getTimestamp("updated_at")))
				.build())
			.list();
	}

	private String name(long id) {
		return people.find(EmployeeId.of(id)).map(person -> person.name()).orElse(null);
	}

}
