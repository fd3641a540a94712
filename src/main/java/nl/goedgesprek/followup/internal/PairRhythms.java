package nl.goedgesprek.followup.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.goedgesprek.cards.ConversationKind;
import nl.goedgesprek.conversations.ConversationStatus;
import nl.goedgesprek.conversations.ConversationSummary;
import nl.goedgesprek.conversations.Conversations;
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
	public record Next(LocalDate proposed, LocalDateTime planned, Integer pairWeeks, int organisationWeeks) {
	}

	private final JdbcClient jdbc;

	private final People people;

	private final Conversations conversations;

	PairRhythms(JdbcClient jdbc, People people, Conversations conversations) {
		this.jdbc = jdbc;
		this.people = people;
		this.conversations = conversations;
	}

	@Transactional(readOnly = true)
	public Next nextAfter(ConversationSummary held, LocalDate today) {
		// The employee's next conversation as their calendar has it: planned or going on, after this one.
		LocalDateTime planned = conversations.calendarOf(held.employeeId(), held.scheduledAt())
			.stream()
			.filter(c -> c.employeeId().equals(held.employeeId()) && c.scheduledAt().isAfter(held.scheduledAt()))
			.filter(c -> c.status().beforeTheConversation() || c.status() == ConversationStatus.STARTED)
			.map(ConversationSummary::scheduledAt)
			.min(LocalDateTime::compareTo)
			.orElse(null);
		LocalDate proposed = proposedAfter(held);
		return new Next(proposed.isBefore(today) ? today : proposed, planned,
				ownWeeks(held.employeeId(), held.managerId()).orElse(null), people.rhythm().checkInWeeks());
	}

	/** The pair's own check-in rhythm in weeks, if they set one; read once per page request (RequestMemo). */
	@Transactional(readOnly = true)
	public Optional<Integer> ownWeeks(EmployeeId employee, EmployeeId manager) {
		return nl.goedgesprek.shared.RequestMemo.remember("pair rhythm", List.of(employee, manager),
				() -> jdbc.sql("select check_in_weeks from pair_rhythm where employee_id = :employee and manager_id = :manager")
					.param("employee", employee.value())
					.param("manager", manager.value())
					.query(Integer.class)
					.optional());
	}

	@Transactional(readOnly = true)
	public int weeks(EmployeeId employee, EmployeeId manager) {
		return ownWeeks(employee, manager).orElseGet(() -> people.rhythm().checkInWeeks());
	}

	/**
	 * When the next conversation is due after one held on {@code held}: a check-in on the pair's rhythm,
	 * the annual conversation a year after the last one.
	 */
	private LocalDate proposedAfter(ConversationSummary held) {
		LocalDate date = held.scheduledAt().toLocalDate();
		return held.kind() == ConversationKind.ANNUAL ? date.plusMonths(people.rhythm().annualMonths())
				: date.plusWeeks(weeks(held.employeeId(), held.managerId()));
	}

	/**
	 * Sets the rhythm of the conversation's pair, or goes back to the organisation's with {@code null}.
	 * @throws Refusal when the number of weeks is out of range
	 */
	public void choose(ConversationSummary conversation, Integer weeks) {
		EmployeeId employee = conversation.employeeId();
		EmployeeId manager = conversation.managerId();
		Refusal.require(weeks == null || (weeks >= FEWEST_WEEKS && weeks <= MOST_WEEKS), "rhythm.error.weeks");
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
