package nl.goedgesprek.conversations.internal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.goedgesprek.conversations.Side;
import nl.goedgesprek.people.EmployeeId;

/** The reads behind a person's to-do list, each one statement whatever the size of their history. */
@Component
class ToDoQueries {

	private final JdbcClient jdbc;

	ToDoQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** An agreement this person carries (owner on their side), open and due by a day. */
	record OwnAgreement(long id, String description, LocalDate due) {
	}

	/**
	 * Of these conversations, which side signed "voor gezien" and which gave the pulse, as
	 * {@link #key} strings.
	 */
	Set<String> signedAndPulsed(List<Long> conversations) {
		if (conversations.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(jdbc.sql("""
				select conversation, side, 'SEEN' as what from acknowledgement where kind = 'SEEN' and conversation in (:ids)
				union all
				select conversation, side, 'PULSE' as what from pulse where conversation in (:ids)""")
			.param("ids", conversations)
			.query((rs, row) -> key(rs.getLong(1), Side.valueOf(rs.getString(2)), rs.getString(3)))
			.list());
	}

	static String key(long conversation, Side side, String what) {
		return conversation + ":" + side + ":" + what;
	}

	/**
	 * The open agreements this person carries that are due by this day, overdue ones included. One
	 * index lookup per side (an "or" across the two columns made PostgreSQL read every agreement).
	 */
	List<OwnAgreement> ownAgreementsDue(EmployeeId person, LocalDate until) {
		return jdbc.sql("""
				select id, description, due_date from agreement
				where employee_id = :p and owner = 'EMPLOYEE' and status in ('OPEN', 'IN_PROGRESS') and due_date <= :until
				union all
				select id, description, due_date from agreement
				where manager_id = :p and owner = 'MANAGER' and status in ('OPEN', 'IN_PROGRESS') and due_date <= :until
				order by due_date, id""")
			.param("p", person.value())
			.param("until", java.sql.Date.valueOf(until))
			.query((rs, row) -> new OwnAgreement(rs.getLong("id"), rs.getString("description"),
					rs.getDate("due_date").toLocalDate()))
			.list();
	}

}
