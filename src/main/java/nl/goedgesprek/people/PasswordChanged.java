package nl.goedgesprek.people;

import nl.goedgesprek.shared.Audited;

/**
 * A person's password was set anew. Whoever holds sessions ends the ones that person still has open
 * elsewhere: whoever knew the old password is out.
 *
 * @param employee whose password changed
 * @param changedBy who set it (HR, the person themselves)
 * @param at when
 */
public record PasswordChanged(EmployeeId employee, EmployeeId changedBy, java.time.Instant at) implements Audited {

	@Override
	public AuditLine auditLine() {
		return new AuditLine(changedBy == null ? null : changedBy.value(), changedBy == null ? "installation" : null,
				"PASSWORD_SET", employee.value(), null, at);
	}

}
