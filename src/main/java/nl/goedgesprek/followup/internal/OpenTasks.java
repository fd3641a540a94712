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

	/**
	 * The latest open records, and how many there are in all: to sign, and (signed, recent) to give the
	 * pulse on.
	 */
	record OpenRecords(List<OpenRecord> latest, int toSign, int toGiveThePulse) {
	}

	/** An unfinished agreement the person owns, due on or before the day asked for. */
	record DueAgreement(long agreementId, String description, LocalDate due) {
	}

	/**
	 * Per side of the person: the closed conversations, with whether that side signed and answered the
	 * pulse, and who the other participant is (named only for the rows kept, see {@link #records}).
	 */
	private static final String SIDE = """
			select c.id, c.kind, %1$s as held_at, c.%3$s as partner_id,
			       exists (select 1 from conversations_acknowledgement_v k where k.conversation = c.id and k.kind = 'SEEN' and k.side = '%2$s') as seen,
			       exists (select 1 from pulse u where u.conversation = c.id and u.side = '%2$s') as pulsed
			from conversations_conversation_v c
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
	OpenRecords records(long person, LocalDate pulseSince, int limit) {
		String employeeSide = SIDE.formatted(HELD_MOMENT, "EMPLOYEE", "manager_id", "employee_id");
		String managerSide = SIDE.formatted(HELD_MOMENT, "MANAGER", "employee_id", "manager_id");
		// The latest few first, then their partners' names: a manager who never signs has a thousand
		// held conversations, and naming each of them before the limit took most of the home page's time.
		// The counts of all of them come along with each row.
		int[] counts = { 0, 0 };
		List<OpenRecord> latest = jdbc.sql("select x.id, x.kind, x.held_at, p.name as partner, x.seen, x.to_sign, x.to_pulse from ("
				+ "select o.*, sum(case when o.seen then 0 else 1 end) over () as to_sign,"
				+ " sum(case when o.seen then 1 else 0 end) over () as to_pulse from (" + employeeSide
				+ " union all " + managerSide + ") o where not o.seen or (o.held_at >= :since and not o.pulsed)"
				+ " order by o.held_at desc, o.id desc fetch first " + Math.max(1, limit) + " rows only)"
				+ " x join people_employee_v p on p.id = x.partner_id order by x.held_at desc, x.id desc")
			.param("person", person)
			.param("since", Timestamp.valueOf(pulseSince.atStartOfDay()))
			.query((rs, row) -> {
				counts[0] = rs.getInt("to_sign");
				counts[1] = rs.getInt("to_pulse");
				return new OpenRecord(rs.getLong("id"), ConversationKind.valueOf(rs.getString("kind")),
						rs.getTimestamp("held_at").toLocalDateTime(), rs.getString("partner"), rs.getBoolean("seen"));
			})
			.list();
		return new OpenRecords(latest, counts[0], counts[1]);
	}

	/** What waits for the person's progress today ({@link AgreementPages#WAITING_FOR_PERSON}), earliest due first. */
	List<DueAgreement> agreementsWaiting(long person, LocalDate today) {
		LocalDate until = AgreementPages.waitingUntil(today);
		return jdbc.sql("select a.id, a.description, a.due_date from conversations_agreement_v a where "
				+ AgreementPages.WAITING_FOR_PERSON + " order by a.due_date, a.id")
			.param("person", person)
			.param("until", java.sql.Date.valueOf(until))
			.query((rs, row) -> new DueAgreement(rs.getLong("id"), rs.getString("description"),
					rs.getDate("due_date").toLocalDate()))
			.list();
	}

}
