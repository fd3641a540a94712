package nl.goedgesprek.people.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.people.Role;
import nl.goedgesprek.people.RoleChange;

/**
 * The append-only history of role changes ({@code role_change}): rows are added and read, never
 * changed or removed, so the person concerned can always see who gave or took which role, and when.
 */
@Component
public class RoleChanges {

	private final JdbcClient jdbc;

	RoleChanges(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void record(EmployeeId employee, Role role, boolean granted, EmployeeId changedBy, Instant at) {
		jdbc.sql("""
				insert into role_change (employee_id, role, granted, changed_by, changed_at)
				values (:employee, :role, :granted, :changedBy, :at)
				""")
			.param("employee", employee.value())
			.param("role", role.name())
			.param("granted", granted)
			.param("changedBy", changedBy == null ? null : changedBy.value(), java.sql.Types.BIGINT)
			.param("at", Timestamp.from(at))
			.update();
	}

	/** Makes changes that could remove the last administrator wait for each other, until commit. */
	void lockAdministratorChanges() {
		jdbc.sql("select id from organisation for update").query(Long.class).list();
	}

	/** This person's role history, newest first. */
	public List<RoleChange> of(EmployeeId employee) {
		return jdbc.sql("""
				select c.role, c.granted, b.name as changed_by_name, c.changed_at
				from role_change c left join employee b on b.id = c.changed_by
				where c.employee_id = :employee
				order by c.changed_at desc, c.id desc
				""")
			.param("employee", employee.value())
			.query((rs, n) -> new RoleChange(Role.valueOf(rs.getString("role")), rs.getBoolean("granted"),
					rs.getString("changed_by_name"), rs.getTimestamp("changed_at").toInstant()))
			.list();
	}

}
