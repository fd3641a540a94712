package nl.goedgesprek.people.scim;

import java.time.Instant;

import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.shared.Audited;

/**
 * An administrator made a provisioning token. The trail names the token, never its secret.
 *
 * @param createdBy the administrator
 * @param tokenName the name they gave it
 * @param at when
 */
public record ScimTokenCreated(EmployeeId createdBy, String tokenName, Instant at) implements Audited {

	@Override
	public AuditLine auditLine() {
		return new AuditLine(createdBy.value(), null, "SCIM_TOKEN_CREATED", null, tokenName, at);
	}

}
