package nl.goedgesprek.development.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.shared.Refusal;
import nl.goedgesprek.shared.TextLimits;
import nl.goedgesprek.shared.EditClash;

/**
 * The employee's 1-3 year ambitions. Nothing is overwritten: rewording an ambition closes the old
 * row and adds a new one, letting go of one closes it, so the history shows how ambitions grew.
 */
@Service
@Transactional
public class Ambitions {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final TextLimits limits;

	Ambitions(JdbcClient jdbc, Clock clock, TextLimits limits) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.limits = limits;
	}

	/** Current ones first, then the history, newest first. */
	@Transactional(readOnly = true)
	public List<Ambition> of(EmployeeId employee) {
		return jdbc.sql("""
				select id, text, written_at, replaced_at from ambition where employee_id = :e
				order by case when replaced_at is null then 0 else 1 end, written_at desc, id desc""")
			.param("e", employee.value())
			.query((rs, row) -> new Ambition(rs.getLong("id"), rs.getString("text"),
					rs.getTimestamp("written_at").toInstant(),
					rs.getTimestamp("replaced_at") == null ? null : rs.getTimestamp("replaced_at").toInstant()))
			.list();
	}

	public long write(EmployeeId employee, String text) {
		Refusal.require(text != null && !text.isBlank(), "development.ambition.error.empty");
		var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
		jdbc.sql("insert into ambition (employee_id, text, written_at) values (:e, :text, :now)")
			.param("e", employee.value())
			.param("text", limits.require("ambition.text", "text", text.strip()))
			.param("now", Timestamp.from(clock.instant()))
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	/** Rewords a current ambition: the old wording stays in the history. */
	public void reword(EmployeeId employee, long ambitionId, String text) {
		long replacement = write(employee, text);
		close(employee, ambitionId, replacement);
	}

	/** Lets go of an ambition; it stays in the history. */
	public void letGo(EmployeeId employee, long ambitionId) {
		close(employee, ambitionId, null);
	}

	private void close(EmployeeId employee, long ambitionId, Long replacement) {
		int changed = jdbc.sql("""
				update ambition set replaced_at = :now, replaced_by = :by
				where id = :id and employee_id = :e and replaced_at is null""")
			.param("now", Timestamp.from(clock.instant()))
			.param("by", replacement)
			.param("id", ambitionId)
			.param("e", employee.value())
			.update();
		if (changed == 0) {
			throw new EditClash();
		}
	}

}
