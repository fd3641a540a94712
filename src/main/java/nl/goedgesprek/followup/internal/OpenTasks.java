package nl.goedgesprek.followup.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.goedgesprek.cards.ConversationKind;

/**
 * What one person still has to do after conversations, each in one query, however many conversations
 * and agreements the organisation has: records to sign "voor gezien" or give the pulse on, and their
 * own unfinished agreements that are due. The home page asks this on every view.
 */
@Component
class OpenTasks {

	/** A closed conversation of the person that still asks something of them. */
	record OpenRecord(long conversationId, ConversationKind kind, LocalDateTime heldAt, String partner, boolean seen) {
	}

	/** An unfinished agreement the person owns, due on or before the day asked for. */
	record DueAgreement(long agreementId, String description, LocalDate due) {
	}

	/** Per side of the person: the closed conversations with whether that side signed and answered the pulse. */
	private static final String SIDE = """
			select c.id, c.kind, %1$s as held_at, p.name as partner,
			       (select count(*) from conversations_acknowledgement_v k where k.conversation = c.id and k.kind = 'SEEN' and k.side = '%2$s') as seen,
			       (select count(*) from pulse u where u.conversation = c.id and u.side = '%2$s') as pulsed
			from conversations_conversation_v c join people_employee_v p on p.id = c.%3$s
			where c.%4$s = :person and c.status in ('HELD', 'COMPLETED')""";

	/**
	 * When a held conversation took place: its planned moment, or the moment it was closed when that came
	 * earlier; the same expression as conversations' {@code HeldMoment}.
	 */
	private static final String HELD_MOMENT = "(case when c.closed_at is not null and cast(c.closed_at as timestamp) < c.scheduled_at"
			+ " then cast(c.closed_at as timestamp) else c.scheduled_at end)";

	private final JdbcClient jdbc;

	OpenTasks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The person's latest closed conversations ({@code limit} at most) not yet signed by them, or signed
	 * but without their pulse while held since {@code pulseSince}; latest first.
	 */
	List<OpenRecord> records(long person, LocalDate pulseSince, int limit) {
		String employeeSide = SIDE.formatted(HELD_MOMENT, "EMPLOYEE", "manager_id", "employee_id");
		String managerSide = SIDE.formatted(HELD_MOMENT, "MANAGER", "employee_id", "manager_id");
		return jdbc.sql("select x.id, x.kind, x.held_at, x.partner, x.seen from (" + employeeSide + " union all "
				+ managerSide + ") x where x.seen = 0 or (x.held_at >= :since and x.pulsed = 0)"
				+ " order by x.held_at desc fetch first " + Math.max(1, limit) + " rows only")
			.param("person", person)
			.param("since", Timestamp.valueOf(pulseSince.atStartOfDay()))
			.query((rs, row) -> new OpenRecord(rs.getLong("id"), ConversationKind.valueOf(rs.getString("kind")),
					rs.getTimestamp("held_at").toLocalDateTime(), rs.getString("partner"), rs.getInt("seen") > 0))
			.list();
	}

	/** The person's own unfinished agreements due on or before {@code until}, earliest first. */
	List<DueAgreement> agreementsDue(long person, LocalDate until) {
		return jdbc.sql("""
				select a.id, a.description, a.due_date from conversations_agreement_v a
				where a.status in ('OPEN', 'IN_PROGRESS') and a.due_date <= :until
				  and ((a.owner = 'EMPLOYEE' and a.employee_id = :person) or (a.owner = 'MANAGER' and a.manager_id = :person))
				order by a.due_date, a.id""")
			.param("person", person)
			.param("until", java.sql.Date.valueOf(until))
			.query((rs, row) -> new DueAgreement(rs.getLong("id"), rs.getString("description"),
					rs.getDate("due_date").toLocalDate()))
			.list();
	}

}
