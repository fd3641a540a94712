package nl.goedgesprek.conversations.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.goedgesprek.cards.ConversationKind;
import nl.goedgesprek.conversations.ConversationId;
import nl.goedgesprek.conversations.ConversationStatus;
import nl.goedgesprek.conversations.ConversationSummary;
import nl.goedgesprek.people.EmployeeId;

/** Read model of conversations as process data: who, when, what kind, how far. Never content. */
@Component
public class ConversationQueries {

	private static final String SELECT = """
			select c.id, c.employee_id, e.name as employee_name, c.manager_id, m.name as manager_name, c.kind,
			       c.scheduled_at,
			       case when c.status = 'PLANNED' and exists (select 1 from preparation p
			                 where p.conversation_id = c.id and p.updated_at is not null)
			            then 'PREPARING' else c.status end as status,
			       (select count(*) from preparation p where p.conversation_id = c.id and p.side = 'EMPLOYEE' and p.shared_at is not null) as employee_shared,
			       (select count(*) from preparation p where p.conversation_id = c.id and p.side = 'MANAGER' and p.shared_at is not null) as manager_shared
			from conversation c
			join employee e on e.id = c.employee_id
			join employee m on m.id = c.manager_id
			""";

	private final JdbcClient jdbc;

	ConversationQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A person's conversations, as employee or as manager, latest first. */
	public List<ConversationSummary> ofParticipant(EmployeeId person, int limit) {
		return jdbc.sql(SELECT + " where c.employee_id = :person or c.manager_id = :person order by c.scheduled_at desc"
				+ firstRows(limit))
			.param("person", person.value())
			.query(this::summary)
			.list();
	}

	/** Every conversation in a period, for HR: names, dates and statuses only. */
	public List<ConversationSummary> all(int limit) {
		return jdbc.sql(SELECT + " order by c.scheduled_at desc" + firstRows(limit)).query(this::summary).list();
	}

	private static String firstRows(int limit) {
		return " fetch first " + Math.max(1, limit) + " rows only";
	}

	private ConversationSummary summary(ResultSet rs, int row) throws SQLException {
		return new ConversationSummary(ConversationId.of(rs.getLong("id")), EmployeeId.of(rs.getLong("employee_id")),
				rs.getString("employee_name"), EmployeeId.of(rs.getLong("manager_id")), rs.getString("manager_name"),
				ConversationKind.valueOf(rs.getString("kind")), rs.getTimestamp("scheduled_at").toLocalDateTime(),
				ConversationStatus.valueOf(rs.getString("status")), rs.getInt("employee_shared") > 0,
				rs.getInt("manager_shared") > 0);
	}

}
