package nl.goedgesprek.conversations.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.goedgesprek.conversations.ConversationId;
import nl.goedgesprek.conversations.Side;
import nl.goedgesprek.people.EmployeeId;

/**
 * The pulse on the conversation itself: after acknowledging the record, each participant answers two
 * 1-5 questions, once. Only the pair sees the answers, as a trend over their conversations.
 */
@Repository
public class Pulses {

	private final JdbcClient jdbc;

	Pulses(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records one side's answers; a second answer from the same side is refused by the primary key. */
	void answer(ConversationId conversation, Side side, int good, int heard, Instant now) {
		jdbc.sql("insert into pulse (conversation, side, good, heard, answered_at) values (?, ?, ?, ?, ?)")
			.params(conversation.value(), side.name(), good, heard, Timestamp.from(now))
			.update();
	}

	public boolean answered(ConversationId conversation, Side side) {
		return jdbc.sql("select count(*) from pulse where conversation = ? and side = ?")
			.params(conversation.value(), side.name())
			.query(Integer.class)
			.single() > 0;
	}

	/** This pair's answers over all their conversations, oldest first. */
	public List<PulseRow> trend(EmployeeId employee, EmployeeId manager) {
		return jdbc.sql("""
				select c.id, c.scheduled_at,
				       pe.good as employee_good, pe.heard as employee_heard,
				       pm.good as manager_good, pm.heard as manager_heard
				from conversation c
				left join pulse pe on pe.conversation = c.id and pe.side = 'EMPLOYEE'
				left join pulse pm on pm.conversation = c.id and pm.side = 'MANAGER'
				where c.employee_id = ? and c.manager_id = ? and (pe.good is not null or pm.good is not null)
				order by c.scheduled_at
				""")
			.params(employee.value(), manager.value())
			.query((rs, row) -> new PulseRow(rs.getTimestamp("scheduled_at").toLocalDateTime(),
					(Integer) rs.getObject("employee_good"), (Integer) rs.getObject("employee_heard"),
					(Integer) rs.getObject("manager_good"), (Integer) rs.getObject("manager_heard")))
			.list();
	}

	/** One conversation's pulse from both sides; {@code null} where a side has not answered. */
	public record PulseRow(LocalDateTime scheduledAt, Integer employeeGood, Integer employeeHeard, Integer managerGood,
			Integer managerHeard) {
	}

}
