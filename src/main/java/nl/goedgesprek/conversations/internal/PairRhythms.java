package nl.goedgesprek.conversations.internal;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.goedgesprek.cards.ConversationKind;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.people.People;
import nl.goedgesprek.shared.Refusal;

/**
 * A pair's own check-in rhythm, when the organisation's default does not suit them. It belongs to
 * the employee and their manager together: either may change it, and a new manager starts from the
 * organisation's default again.
 */
@Service
@Transactional
public class PairRhythms {

	public static final int FEWEST_WEEKS = 2;

	public static final int MOST_WEEKS = 26;

	/**
	 * What comes after a finished conversation: the date proposed on the rhythm, or the next
	 * conversation when one is planned already, and the rhythm it follows.
	 */
	public record Next(LocalDate proposed, java.time.LocalDateTime planned, Integer pairWeeks, int organisationWeeks) {
	}

	private final JdbcClient jdbc;

	private final People people;

	PairRhythms(JdbcClient jdbc, People people) {
		this.jdbc = jdbc;
		this.people = people;
	}

	@Transactional(readOnly = true)
	public Next nextAfter(Conversation held, LocalDate today) {
		// One statement: loading the employee's conversations as aggregates to find it cost a query per
		// conversation they ever had (PREPARING is only shown, never stored).
		java.time.LocalDateTime planned = jdbc.sql("""
				select min(scheduled_at) from conversation
				where employee_id = :employee and status in ('PLANNED', 'STARTED') and scheduled_at > :after""")
			.param("employee", held.employeeId().value())
			.param("after", java.sql.Timestamp.valueOf(held.scheduledAt()))
			.query(java.sql.Timestamp.class)
			.optional()
			.map(java.sql.Timestamp::toLocalDateTime)
			.orElse(null);
		LocalDate proposed = proposedAfter(held);
		return new Next(proposed.isBefore(today) ? today : proposed, planned,
				ownWeeks(held.employeeId(), held.managerId()).orElse(null), people.rhythm().checkInWeeks());
	}

	/** The pair's own check-in rhythm in weeks, if they set one. */
	@Transactional(readOnly = true)
	public Optional<Integer> ownWeeks(EmployeeId employee, EmployeeId manager) {
		return jdbc.sql("select check_in_weeks from pair_rhythm where employee_id = :employee and manager_id = :manager")
			.param("employee", employee.value())
			.param("manager", manager.value())
			.query(Integer.class)
			.optional();
	}

	@Transactional(readOnly = true)
	public int weeks(EmployeeId employee, EmployeeId manager) {
		return ownWeeks(employee, manager).orElseGet(() -> people.rhythm().checkInWeeks());
	}

	/**
	 * When the next conversation is due after one held on {@code held}: a check-in on the pair's rhythm,
	 * the annual conversation a year after the last one.
	 */
	private LocalDate proposedAfter(Conversation held) {
		LocalDate date = held.scheduledAt().toLocalDate();
		return held.kind() == ConversationKind.ANNUAL ? date.plusMonths(people.rhythm().annualMonths())
				: date.plusWeeks(weeks(held.employeeId(), held.managerId()));
	}

	/**
	 * Sets the rhythm of the conversation's pair, or goes back to the organisation's with {@code null}.
	 * @throws Refusal when the number of weeks is out of range
	 */
	public void choose(Conversation conversation, Integer weeks) {
		EmployeeId employee = conversation.employeeId();
		EmployeeId manager = conversation.managerId();
		Conversation.require(weeks == null || (weeks >= FEWEST_WEEKS && weeks <= MOST_WEEKS), "rhythm.error.weeks");
		jdbc.sql("delete from pair_rhythm where employee_id = :employee and manager_id = :manager")
			.param("employee", employee.value())
			.param("manager", manager.value())
			.update();
		if (weeks != null) {
			jdbc.sql("insert into pair_rhythm (employee_id, manager_id, check_in_weeks) values (:employee, :manager, :weeks)")
				.param("employee", employee.value())
				.param("manager", manager.value())
				.param("weeks", weeks)
				.update();
		}
	}

}
