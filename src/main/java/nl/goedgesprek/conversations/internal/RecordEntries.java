package nl.goedgesprek.conversations.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.goedgesprek.conversations.ConversationId;
import nl.goedgesprek.people.EmployeeId;

/**
 * The append-only parts of a record: the employee's views and the corrections. This class can add and
 * read them, and nothing else: no update, no delete, for anyone.
 */
@Repository
public class RecordEntries {

	private final JdbcClient jdbc;

	RecordEntries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void addEmployeeView(ConversationId conversation, EmployeeId author, String text, Instant now) {
		jdbc.sql("insert into employee_view (conversation_id, author_id, text, submitted_at) values (?, ?, ?, ?)")
			.params(conversation.value(), author.value(), text.strip(), Timestamp.from(now))
			.update();
	}

	public void addAmendment(ConversationId conversation, EmployeeId author, String text, Instant now) {
		jdbc.sql("insert into amendment (conversation_id, author_id, text, created_at) values (?, ?, ?, ?)")
			.params(conversation.value(), author.value(), text.strip(), Timestamp.from(now))
			.update();
	}

	public List<RecordEntry> employeeViews(ConversationId conversation) {
		return jdbc.sql("select id, author_id, text, submitted_at from employee_view where conversation_id = ? order by id")
			.param(conversation.value())
			.query((rs, row) -> new RecordEntry(rs.getLong("id"), EmployeeId.of(rs.getLong("author_id")),
					rs.getString("text"), rs.getTimestamp("submitted_at").toInstant()))
			.list();
	}

	public List<RecordEntry> amendments(ConversationId conversation) {
		return jdbc.sql("select id, author_id, text, created_at from amendment where conversation_id = ? order by id")
			.param(conversation.value())
			.query((rs, row) -> new RecordEntry(rs.getLong("id"), EmployeeId.of(rs.getLong("author_id")),
					rs.getString("text"), rs.getTimestamp("created_at").toInstant()))
			.list();
	}

}
