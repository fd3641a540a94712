package nl.goedgesprek.people;

import java.time.Instant;

import nl.goedgesprek.shared.Audited;

/**
 * HR or an administrator sent a person an invitation to choose a password. The trail keeps who and
 * whom; never the link.
 */
public record InvitationSent(EmployeeId employee, EmployeeId invitedBy, Instant at) implements Audited {

	@Override
	public AuditLine auditLine() {
		return new AuditLine(invitedBy.value(), null, "INVITATION_SENT", employee.value(), null, at);
	}

}
