package nl.goedgesprek.privacy.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.people.People;
import nl.goedgesprek.people.Person;
import nl.goedgesprek.shared.Audited;
import nl.goedgesprek.shared.Page;

/**
 * Keeps a line for every {@link Audited} event any module publishes, and lets administrators filter
 * the lines. The event publication registry delivers an event again after a crash; the same line is
 * then not added twice. Only inserts; nothing changes or removes a line.
 */
@Service
@Transactional
public class AuditTrail {

	/** How many lines a page shows. */
	public static final int PAGE_SIZE = 50;

	private final JdbcClient jdbc;

	private final People people;

	AuditTrail(JdbcClient jdbc, People people) {
		this.jdbc = jdbc;
		this.people = people;
	}

	@ApplicationModuleListener
	void on(Audited event) {
		Audited.AuditLine line = event.auditLine();
		jdbc.sql("""
				insert into audit_event (at, actor_id, actor_label, action, subject_id, detail)
				select :at, :actor, :label, :action, :subject, :detail from (values (1)) one
				where not exists (select 1 from audit_event a where a.at = :at and a.action = :action
				                  and coalesce(a.actor_id, -1) = coalesce(:actor, -1)
				                  and coalesce(a.subject_id, -1) = coalesce(:subject, -1))""")
			.param("at", Timestamp.from(line.at() == null ? Instant.now() : line.at()))
			.param("actor", line.actorId())
			.param("label", line.actorLabel())
			.param("action", line.action())
			.param("subject", line.subjectId())
			.param("detail", line.detail())
			.update();
	}

	/** A line as the trail shows it, with the names as they are now (or none, once a person is erased). */
	public record Line(Instant at, Long actorId, String actorName, String actorLabel, String action, Long subjectId,
			String subjectName, String detail) {
	}

	/**
	 * What administrators look for.
	 * @param action one action, or {@code null} for all
	 * @param person whose lines (as actor or as subject), or {@code null} for everyone
	 * @param from first day, or {@code null}; {@code until} last day, or {@code null}
	 */
	public record Filter(String action, Long person, LocalDate from, LocalDate until) {
	}

	@Transactional(readOnly = true)
	public Page<Line> search(Filter filter, int page) {
		LogConditions conditions = new LogConditions().equal("a.action", "action", filter.action())
			.either("a.actor_id", "a.subject_id", "person", filter.person())
			.from("a.at", filter.from())
			.until("a.at", filter.until());
		String where = conditions.where();
		long total = conditions.bind(jdbc.sql("select count(*) from audit_event a where " + where)).query(Long.class)
			.single();
		int shown = Page.clamp(page, total, PAGE_SIZE);
		java.util.Map<Long, String> names = new java.util.HashMap<>();
		List<Line> lines = conditions.bind(jdbc.sql("""
				select a.at, a.actor_id, a.actor_label, a.action, a.subject_id, a.detail from audit_event a""" + " where "
				+ where + " order by a.at desc, a.id desc offset " + (long) shown * PAGE_SIZE + " rows fetch first "
				+ PAGE_SIZE + " rows only"))
			.query((rs, row) -> {
				Long actor = rs.getObject("actor_id", Long.class);
				Long subject = rs.getObject("subject_id", Long.class);
				return new Line(rs.getTimestamp("at").toInstant(), actor, name(actor, names), rs.getString("actor_label"),
						rs.getString("action"), subject, name(subject, names), rs.getString("detail"));
			})
			.list();
		return new Page<>(lines, total, shown, PAGE_SIZE);
	}

	/** A person's name as it is now, through the people module; none once they are erased. */
	private String name(Long id, java.util.Map<Long, String> names) {
		return id == null ? null : names.computeIfAbsent(id,
				key -> people.find(EmployeeId.of(key)).map(Person::name).orElse(null));
	}

	/** The actions that occur in the trail, for the filter. */
	@Transactional(readOnly = true)
	public List<String> actions() {
		return jdbc.sql("select distinct action from audit_event order by action").query(String.class).list();
	}



}
