package nl.goedgesprek.conversations.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.goedgesprek.cards.ConversationKind;
import nl.goedgesprek.conversations.AgreementDue;
import nl.goedgesprek.conversations.AgreementFacts;
import nl.goedgesprek.conversations.ConversationId;
import nl.goedgesprek.conversations.ConversationStatus;
import nl.goedgesprek.conversations.ConversationSummary;
import nl.goedgesprek.conversations.RecordAwaiting;
import nl.goedgesprek.conversations.RhythmFacts;
import nl.goedgesprek.conversations.Side;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.people.TeamId;

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
			join people_employee_v e on e.id = c.employee_id
			join people_employee_v m on m.id = c.manager_id
			""";

	private final JdbcClient jdbc;

	ConversationQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A person's conversations, as employee or as manager, latest first. The latest of each side are
	 * found through their own index first: with "employee or manager" in one condition the database
	 * walks the whole organisation's conversations by date until it has found enough.
	 */
	public List<ConversationSummary> ofParticipant(EmployeeId person, int limit) {
		String latest = " order by scheduled_at desc" + firstRows(limit);
		return jdbc.sql(SELECT + " where c.id in (select x.id from (select id from conversation where employee_id = :person"
				+ latest + ") x union all select y.id from (select id from conversation where manager_id = :person" + latest
				+ ") y) order by c.scheduled_at desc" + firstRows(limit))
			.param("person", person.value())
			.query(this::summary)
			.list();
	}

	/** The praatkaart version a conversation was planned with. */
	public java.util.Optional<nl.goedgesprek.cards.CardVersionId> cardVersionOf(ConversationId id) {
		return jdbc.sql("select card_version_id from conversation where id = :id")
			.param("id", id.value())
			.query(Long.class)
			.optional()
			.map(nl.goedgesprek.cards.CardVersionId::of);
	}

	public java.util.Optional<ConversationSummary> find(ConversationId id) {
		return jdbc.sql(SELECT + " where c.id = :id").param("id", id.value()).query(this::summary).optional();
	}

	/** The latest conversations, for HR: names, dates and statuses only. */
	public List<ConversationSummary> all(int limit) {
		return jdbc.sql(SELECT + " order by c.scheduled_at desc" + firstRows(limit)).query(this::summary).list();
	}

	/** The latest conversations of the people now in one team, for HR: names, dates and statuses only. */
	public List<ConversationSummary> ofTeam(TeamId team, int limit) {
		return jdbc.sql(SELECT + " where c.employee_id in (select t.id from people_employee_v t where t.team_id = :team)"
				+ " order by c.scheduled_at desc" + firstRows(limit))
			.param("team", team.value())
			.query(this::summary)
			.list();
	}

	/**
	 * Rhythm facts for each of these employees, in one query. Every id asked for has an entry: someone
	 * with no conversation gets empty facts, so callers never invent defaults.
	 */
	public Map<EmployeeId, RhythmFacts> rhythmFacts(
			Collection<EmployeeId> employees, LocalDateTime now) {
		return rhythmFacts(employees, now, new HashMap<>());
	}

	/**
	 * The same, without the pair's own rhythm (follow-up keeps it), and with each employee's manager now
	 * put in {@code currentManagers}, to look that rhythm up by.
	 */
	public Map<EmployeeId, RhythmFacts> rhythmFacts(Collection<EmployeeId> employees, LocalDateTime now,
			Map<EmployeeId, EmployeeId> currentManagers) {
		return readRhythmFacts(employees, now, currentManagers, true);
	}

	/**
	 * What lies ahead for each of these employees: the next conversation planned, and how many of their
	 * agreements are open and past due; the dates behind them come from follow-up's rhythm read model
	 * (see {@code Conversations#rhythmFacts}). Each employee's manager now goes in {@code currentManagers}.
	 * Every id asked for has an entry.
	 */
	public Map<EmployeeId, RhythmFacts> aheadOf(Collection<EmployeeId> employees, LocalDateTime now,
			Map<EmployeeId, EmployeeId> currentManagers) {
		return readRhythmFacts(employees, now, currentManagers, false);
	}

	/** The next conversation and the open and past-due agreements of employee {@code e}. */
	private static final String AHEAD = """
			       (select min(c.scheduled_at) from conversation c
			         where c.employee_id = e.id and c.status in ('PLANNED', 'STARTED') and c.scheduled_at >= :now) as next_planned,
			       (select count(*) from agreement a
			         where a.employee_id = e.id and a.status in ('OPEN', 'IN_PROGRESS')) as open_agreements,
			       (select count(*) from agreement a
			         where a.employee_id = e.id and a.status in ('OPEN', 'IN_PROGRESS') and a.due_date < :today) as overdue_agreements""";

	/** The last conversation and the last annual one of employee {@code e}, and whether an annual one is planned. */
	private static final String BEHIND = """
			,
			       (select max(""" + HeldMoment.OF_C + """
			) from conversation c
			         where c.employee_id = e.id and c.status in ('HELD', 'COMPLETED')) as last_held,
			       (select max(""" + HeldMoment.OF_C + """
			) from conversation c
			         where c.employee_id = e.id and c.kind = 'ANNUAL' and c.status in ('HELD', 'COMPLETED')) as last_annual,
			       (select count(*) from conversation c
			         where c.employee_id = e.id and c.kind = 'ANNUAL' and c.status in ('PLANNED', 'STARTED') and c.scheduled_at >= :now) as annual_planned""";

	/**
	 * The facts ahead for every employee asked for, and with {@code behind} the dates behind too; someone
	 * not found gets empty facts. A thousand people per query: HR's overview asks for everyone, and a
	 * statement can carry at most 65,535 parameters on PostgreSQL.
	 */
	private Map<EmployeeId, RhythmFacts> readRhythmFacts(Collection<EmployeeId> employees, LocalDateTime now,
			Map<EmployeeId, EmployeeId> currentManagers, boolean behind) {
		Map<EmployeeId, RhythmFacts> facts = new HashMap<>();
		List<Long> ids = employees.stream().map(EmployeeId::value).distinct().toList();
		String sql = "select e.id, e.manager_id,\n" + AHEAD + (behind ? BEHIND : "")
				+ "\nfrom people_employee_v e where e.id in (:ids)";
		for (int from = 0; from < ids.size(); from += 1_000) {
			jdbc.sql(sql)
				.param("now", Timestamp.valueOf(now.toLocalDate().atStartOfDay()))
				.param("today", java.sql.Date.valueOf(now.toLocalDate()))
				.param("ids", ids.subList(from, Math.min(ids.size(), from + 1_000)))
				.query(rs -> {
					EmployeeId id = EmployeeId.of(rs.getLong("id"));
					Long manager = rs.getObject("manager_id", Long.class);
					currentManagers.put(id, manager == null ? null : EmployeeId.of(manager));
					facts.put(id, new RhythmFacts(id, behind ? localDateTime(rs, "last_held") : null,
							localDateTime(rs, "next_planned"), rs.getInt("open_agreements"), rs.getInt("overdue_agreements"),
							null, behind ? localDateTime(rs, "last_annual") : null, behind && rs.getInt("annual_planned") > 0));
				});
		}
		employees.forEach(id -> facts.putIfAbsent(id, new RhythmFacts(id, null, null, 0, 0, null)));
		return facts;
	}

	private static LocalDateTime localDateTime(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toLocalDateTime();
	}

	/** A person's conversations that are not cancelled, from a moment on: for their calendar feed. */
	public List<ConversationSummary> calendarOf(EmployeeId person, LocalDateTime from) {
		return jdbc.sql(SELECT + """
				 where (c.employee_id = :person or c.manager_id = :person)
				   and c.status <> 'CANCELLED' and c.scheduled_at >= :from
				 order by c.scheduled_at""")
			.param("person", person.value())
			.param("from", Timestamp.valueOf(from))
			.query(this::summary)
			.list();
	}

	/** Conversations still to come in this window: the ones to remind about preparing. */
	public List<ConversationSummary> comingUp(LocalDateTime from, LocalDateTime until) {
		return jdbc.sql(SELECT + """
				 where c.status = 'PLANNED' and c.scheduled_at >= :from and c.scheduled_at < :until
				 order by c.scheduled_at""")
			.param("from", Timestamp.valueOf(from))
			.param("until", Timestamp.valueOf(until))
			.query(this::summary)
			.list();
	}

	/** Participants who have not seen the record of a conversation closed before this moment. */
	public List<RecordAwaiting> recordsAwaiting(Instant closedBefore) {
		List<RecordAwaiting> awaiting = new java.util.ArrayList<>();
		jdbc.sql(SELECT.replace("select c.id,", """
				select c.closed_at,
				       (select count(*) from acknowledgement k where k.conversation = c.id and k.side = 'EMPLOYEE' and k.kind = 'SEEN') as employee_seen,
				       (select count(*) from acknowledgement k where k.conversation = c.id and k.side = 'MANAGER' and k.kind = 'SEEN') as manager_seen,
				       c.id,""") + """
				 where c.status = 'HELD' and c.closed_at < :before
				 order by c.closed_at""")
			.param("before", Timestamp.from(closedBefore))
			.query(rs -> {
				ConversationSummary held = summary(rs, 0);
				Instant closedAt = rs.getTimestamp("closed_at").toInstant();
				if (rs.getInt("employee_seen") == 0) {
					awaiting.add(new RecordAwaiting(held, held.employeeId(), closedAt));
				}
				if (rs.getInt("manager_seen") == 0) {
					awaiting.add(new RecordAwaiting(held, held.managerId(), closedAt));
				}
			});
		return awaiting;
	}

	/** Whether this participant has signed the conversation's record "voor gezien". */
	public boolean seenBy(ConversationId id, EmployeeId person) {
		return jdbc.sql("""
				select count(*) from acknowledgement k join conversation c on c.id = k.conversation
				where c.id = :id and k.kind = 'SEEN'
				  and k.side = case when c.employee_id = :person then 'EMPLOYEE' else 'MANAGER' end""")
			.param("id", id.value())
			.param("person", person.value())
			.query(Integer.class)
			.single() > 0;
	}

	public java.util.Optional<AgreementFacts> agreement(long id) {
		return jdbc.sql("select id, conversation_id, employee_id, manager_id, description, due_date from agreement where id = :id")
			.param("id", id)
			.query((rs, row) -> new AgreementFacts(rs.getLong("id"), ConversationId.of(rs.getLong("conversation_id")),
					EmployeeId.of(rs.getLong("employee_id")), EmployeeId.of(rs.getLong("manager_id")),
					rs.getString("description"),
					rs.getDate("due_date") == null ? null : rs.getDate("due_date").toLocalDate()))
			.optional();
	}

	public java.util.Optional<LocalDateTime> lastHeldBefore(EmployeeId employee, LocalDateTime moment) {
		return jdbc.sql("""
				select max(""" + HeldMoment.OF_C + """
				) from conversation c
				where c.employee_id = :e and c.status in ('HELD', 'COMPLETED') and """ + HeldMoment.OF_C + """
				 < :moment""")
			.param("e", employee.value())
			.param("moment", Timestamp.valueOf(moment))
			.query(Timestamp.class)
			.list()
			.stream()
			.filter(java.util.Objects::nonNull)
			.findFirst()
			.map(Timestamp::toLocalDateTime);
	}

	public List<EmployeeId> managersOf(EmployeeId employee) {
		return jdbc.sql("""
				select c.manager_id, max(""" + HeldMoment.OF_C + """
				) as latest from conversation c
				where c.employee_id = :e and c.status in ('HELD', 'COMPLETED') group by c.manager_id order by latest desc""")
			.param("e", employee.value())
			.query((rs, row) -> EmployeeId.of(rs.getLong("manager_id")))
			.list();
	}

	/** Unfinished agreements due in this window (inclusive), with their owner. */
	public List<AgreementDue> agreementsDue(LocalDate from, LocalDate until) {
		return jdbc.sql("""
				select a.id, a.conversation_id, a.due_date,
				       case when a.owner = 'EMPLOYEE' then a.employee_id else a.manager_id end as owner_id
				from agreement a
				where a.status in ('OPEN', 'IN_PROGRESS') and a.due_date >= :from and a.due_date <= :until
				order by a.due_date, a.id""")
			.param("from", java.sql.Date.valueOf(from))
			.param("until", java.sql.Date.valueOf(until))
			.query((rs, row) -> new AgreementDue(rs.getLong("id"), ConversationId.of(rs.getLong("conversation_id")),
					EmployeeId.of(rs.getLong("owner_id")), rs.getDate("due_date").toLocalDate()))
			.list();
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
