package nl.goedgesprek.people;

import nl.goedgesprek.shared.Audited;

import java.time.Instant;

/**
 * Someone granted a person a role or took it away. The person concerned hears of it in their inbox.
 *
 * @param employee whose role changed
 * @param role the role granted or taken away
 * @param granted {@code true} when granted, {@code false} when taken away
 * @param changedBy who made the change
 * @param at when
 */
public record RoleChanged(EmployeeId employee, Role role, boolean granted, EmployeeId changedBy, Instant at)
		implements Audited {

	@Override
	public AuditLine auditLine() {
		return new AuditLine(changedBy == null ? null : changedBy.value(), changedBy == null ? "installation" : null,
				granted ? "ROLE_GRANTED" : "ROLE_REVOKED", employee.value(), role.name(), at);
	}

}
