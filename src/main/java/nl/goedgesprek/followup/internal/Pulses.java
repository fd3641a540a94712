package nl.goedgesprek.followup.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.goedgesprek.conversations.ConversationId;
import nl.goedgesprek.conversations.PairHistory;
import nl.goedgesprek.conversations.PairPulses;
import nl.goedgesprek.conversations.PulseAnswered;
import nl.goedgesprek.conversations.Side;
import nl.goedgesprek.people.EmployeeId;

/**
 * The pulse on the conversation itself ({@code pulse}): after acknowledging the record, each
 * participant answers two 1-5 questions, once. Only the pair sees the answers, as a trend over their
 * conversations. Written on {@link PulseAnswered}, in the transaction of the answer.
 */
@Repository
public class Pulses implements PairPulses {

	/**
	 * When a held conversation took place: its planned moment, or the moment it was closed when that came
	 * earlier; the same expression as conversations' {@code HeldMoment}.
	 */
	private static final String HELD = "(case when c.closed_at is not null and cast(c.closed_at as timestamp) < c.scheduled_at"
			+ " then cast(c.closed_at as timestamp) else c.scheduled_at end)";

	private final JdbcClient jdbc;

	Pulses(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records one side's answers; a second answer from the same side is refused by the primary key. */
	@EventListener
	void on(PulseAnswered answered) {
		jdbc.sql("insert into pulse (conversation, side, good, heard, answered_at) values (?, ?, ?, ?, ?)")
			.params(answered.conversation().value(), answered.side().name(), answered.good(), answered.heard(),
					Timestamp.from(answered.answeredAt()))
			.update();
	}

	public boolean answered(ConversationId conversation, Side side) {
		return jdbc.sql("select count(*) from pulse where conversation = ? and side = ?")
			.params(conversation.value(), side.name())
			.query(Integer.class)
			.single() > 0;
	}

	/** The conversations a record page shows in the pair's trend: about a year and a half of check-ins. */
	static final int TREND_LENGTH = 12;

	/** The pair's latest answers (at most {@link #TREND_LENGTH} conversations, oldest first) and on how many in all. */
	public record Trend(List<PulseRow> rows, int total) {

		public boolean isEmpty() {
			return rows.isEmpty();
		}

		public boolean cut() {
			return total > rows.size();
		}

	}

	/**
	 * This pair's answers on their latest conversations, oldest first, and on how many they answered in
	 * all. A pair of five years has forty; the record page shows the latest, and their history has all.
	 */
	public Trend trend(EmployeeId employee, EmployeeId manager) {
		int[] total = { 0 };
		List<PulseRow> latest = new java.util.ArrayList<>(jdbc.sql("""
				select c.id, c.scheduled_at, count(*) over () as total,
				       pe.good as employee_good, pe.heard as employee_heard,
				       pm.good as manager_good, pm.heard as manager_heard
				from conversations_conversation_v c
				left join pulse pe on pe.conversation = c.id and pe.side = 'EMPLOYEE'
				left join pulse pm on pm.conversation = c.id and pm.side = 'MANAGER'
				where c.employee_id = ? and c.manager_id = ? and (pe.good is not null or pm.good is not null)
				order by c.scheduled_at desc, c.id desc fetch first %d rows only""".formatted(TREND_LENGTH))
			.params(employee.value(), manager.value())
			.query((rs, row) -> {
				total[0] = rs.getInt("total");
				return new PulseRow(rs.getTimestamp("scheduled_at").toLocalDateTime(),
						(Integer) rs.getObject("employee_good"), (Integer) rs.getObject("employee_heard"),
						(Integer) rs.getObject("manager_good"), (Integer) rs.getObject("manager_heard"));
			})
			.list());
		java.util.Collections.reverse(latest);
		return new Trend(List.copyOf(latest), total[0]);
	}

	/** The pair's pulses on the conversations they held in the period, for their history. */
	@Override
	public List<PairHistory.Pulse> of(EmployeeId employee, EmployeeId manager, LocalDate from, LocalDate until) {
		return jdbc.sql("select p.side, p.good, p.heard, " + HELD + " as held_at"
				+ " from pulse p join conversations_conversation_v c on c.id = p.conversation"
				+ " where (c.employee_id = :employee and c.manager_id = :manager) and c.status in ('HELD', 'COMPLETED')"
				+ " and " + HELD + " >= :from and " + HELD + " < :until order by held_at, p.side")
			.param("employee", employee.value())
			.param("manager", manager.value())
			.param("from", Timestamp.valueOf(from.atStartOfDay()))
			.param("until", Timestamp.valueOf(until.plusDays(1).atStartOfDay()))
			.query((rs, row) -> new PairHistory.Pulse(rs.getTimestamp("held_at").toLocalDateTime().toLocalDate(),
					Side.valueOf(rs.getString("side")), rs.getInt("good"), rs.getInt("heard")))
			.list();
	}

	/** One conversation's pulse from both sides; {@code null} where a side has not answered. */
	public record PulseRow(LocalDateTime scheduledAt, Integer employeeGood, Integer employeeHeard, Integer managerGood,
			Integer managerHeard) {
	}

}
