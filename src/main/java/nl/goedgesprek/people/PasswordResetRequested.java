package nl.goedgesprek.people;

import java.time.Instant;

import nl.goedgesprek.shared.Audited;

/**
 * Someone asked for a password reset link for a person's address ("wachtwoord vergeten"). Only
 * published for an address that belongs to someone; there is no actor, since anyone can type an
 * address.
 */
public record PasswordResetRequested(EmployeeId employee, Instant at) implements Audited {

	@Override
	public AuditLine auditLine() {
		return new AuditLine(null, null, "PASSWORD_RESET_REQUESTED", employee.value(), null, at);
	}

}
