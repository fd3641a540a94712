package nl.goedgesprek.followup.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.goedgesprek.conversations.AgreementStatus;
import nl.goedgesprek.conversations.ConversationId;
import nl.goedgesprek.conversations.Side;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.shared.Page;

/**
 * Reads the agreements page in a fixed number of queries, whatever the number of agreements: a page
 * of agreements, then the progress notes of all of them in one query. Loading them as aggregates took
 * a query per agreement for its notes (and the page had every agreement a manager ever made: 3,270
 * queries for a team of 24 after five years).
 */
@Component
@Transactional(readOnly = true)
public class AgreementPages {

	private static final String COLUMNS = """
			select a.id, a.version, a.conversation_id, a.employee_id, a.manager_id, a.description, a.owner, a.due_date,
			       a.theme_key, a.status, a.created_by, a.created_at, a.status_reason, a.updated_at
			from conversations_agreement_v a
			""";

	private final JdbcClient jdbc;

	AgreementPages(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One page of the agreements of every conversation the person took part in, newest first. */
	public Page<FollowedAgreement> of(EmployeeId person, int page, int size) {
		long total = jdbc.sql("select count(*) from conversations_agreement_v where employee_id = :person or manager_id = :person")
			.param("person", person.value())
			.query(Long.class)
			.single();
		int shown = Page.clamp(page, total, size);
		// Each side through its own index, newest first, then merged: with "employee = p or manager = p"
		// PostgreSQL walked the primary key backwards through all 835,000 agreements (0.8 s).
		List<FollowedAgreement> rows = jdbc.sql("""
				select * from (
				  (%1$s where a.employee_id = :person order by a.id desc fetch first :enough rows only)
				  union
				  (%1$s where a.manager_id = :person order by a.id desc fetch first :enough rows only)
				) x order by x.id desc offset :offset rows fetch next :size rows only""".formatted(COLUMNS.strip()))
			.param("person", person.value())
			.param("enough", (long) (shown + 1) * size)
			.param("offset", (long) shown * size)
			.param("size", size)
			.query(AgreementPages::agreement)
			.list();
		return new Page<>(withProgress(rows), total, shown, size);
	}

	/**
	 * An agreement waits for its owner's progress from {@value #WAITING_DAYS} days before it is due, and
	 * from then on while it is open or in progress: the to-do list names them, and the agreements page
	 * lists them all ({@link #waitingFor}).
	 */
	public static final int WAITING_DAYS = 7;

	/** The person's own unfinished agreements due on or before {@code :until}; one condition for both uses. */
	static final String WAITING_FOR_PERSON = """
			a.status in ('OPEN', 'IN_PROGRESS') and a.due_date <= :until
			and ((a.owner = 'EMPLOYEE' and a.employee_id = :person) or (a.owner = 'MANAGER' and a.manager_id = :person))""";

	/** The last due date that waits today. */
	static LocalDate waitingUntil(LocalDate today) {
		return today.plusDays(WAITING_DAYS);
	}

	/** One page of what waits for the person's progress today, the earliest due first. */
	public Page<FollowedAgreement> waitingFor(EmployeeId person, LocalDate today, int page, int size) {
		java.sql.Date until = java.sql.Date.valueOf(waitingUntil(today));
		long total = jdbc.sql("select count(*) from conversations_agreement_v a where " + WAITING_FOR_PERSON)
			.param("person", person.value())
			.param("until", until)
			.query(Long.class)
			.single();
		int shown = Page.clamp(page, total, size);
		List<FollowedAgreement> rows = jdbc.sql(COLUMNS + " where " + WAITING_FOR_PERSON
				+ " order by a.due_date, a.id offset :offset rows fetch next :size rows only")
			.param("person", person.value())
			.param("until", until)
			.param("offset", (long) shown * size)
			.param("size", size)
			.query(AgreementPages::agreement)
			.list();
		return new Page<>(withProgress(rows), total, shown, size);
	}

	/** Every agreement of every conversation the person took part in, newest first. */
	public List<FollowedAgreement> everyOf(EmployeeId person) {
		return withProgress(jdbc.sql(COLUMNS + " where a.employee_id = :person or a.manager_id = :person order by a.id desc")
			.param("person", person.value())
			.query(AgreementPages::agreement)
			.list());
	}

	/** The page of {@link #of} that shows this agreement (newer ones come before it). */
	public int pageOf(EmployeeId person, long agreement, int size) {
		long newer = jdbc.sql("""
				select count(*) from conversations_agreement_v
				where (employee_id = :person or manager_id = :person) and id > :agreement""")
			.param("person", person.value())
			.param("agreement", agreement)
			.query(Long.class)
			.single();
		return (int) (newer / size);
	}

	/**
	 * The open agreements of a manager's reports that were made with an earlier manager, soonest due
	 * first (PRIVACY.md: after a move the new manager sees the
	 * open agreements, not the old records; they follow them, the employee and the earlier manager still
	 * report on them).
	 */
	public List<FollowedAgreement> inheritedBy(EmployeeId manager) {
		List<FollowedAgreement> rows = new ArrayList<>(jdbc.sql(COLUMNS + """
				join people_employee_v e on e.id = a.employee_id
				where e.manager_id = :manager and e.active = true and a.manager_id <> :manager
				  and a.status in ('OPEN', 'IN_PROGRESS')""")
			.param("manager", manager.value())
			.query(AgreementPages::agreement)
			.list());
		rows.sort(Comparator.comparing(FollowedAgreement::dueDate, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
			.thenComparing(FollowedAgreement::rawId));
		return withProgress(rows);
	}

	/** The same agreements with their progress notes, read in one query for all of them. */
	private List<FollowedAgreement> withProgress(List<FollowedAgreement> rows) {
		if (rows.isEmpty()) {
			return rows;
		}
		Map<Long, List<FollowedAgreement.Step>> notes = new HashMap<>();
		jdbc.sql("""
				select agreement, status, text, written_by, written_at from progress_note
				where agreement in (:ids) order by agreement, agreement_key""")
			.param("ids", ids(rows))
			.query(rs -> {
				notes.computeIfAbsent(rs.getLong("agreement"), id -> new ArrayList<>())
					.add(new FollowedAgreement.Step(AgreementStatus.valueOf(rs.getString("status")), rs.getString("text"),
							EmployeeId.of(rs.getLong("written_by")), instant(rs.getTimestamp("written_at"))));
			});
		return rows.stream().map(a -> a.withProgress(notes.getOrDefault(a.rawId(), List.of()))).toList();
	}

	private static Collection<Long> ids(List<FollowedAgreement> rows) {
		return rows.stream().map(FollowedAgreement::rawId).toList();
	}

	private static FollowedAgreement agreement(ResultSet rs, int row) throws SQLException {
		java.sql.Date due = rs.getDate("due_date");
		return new FollowedAgreement(rs.getLong("id"), rs.getInt("version"), ConversationId.of(rs.getLong("conversation_id")),
				EmployeeId.of(rs.getLong("employee_id")), EmployeeId.of(rs.getLong("manager_id")),
				rs.getString("description"), Side.valueOf(rs.getString("owner")), due == null ? null : due.toLocalDate(),
				rs.getString("theme_key"), AgreementStatus.valueOf(rs.getString("status")),
				EmployeeId.of(rs.getLong("created_by")), instant(rs.getTimestamp("created_at")),
				rs.getString("status_reason"), instant(rs.getTimestamp("updated_at")), List.of());
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
