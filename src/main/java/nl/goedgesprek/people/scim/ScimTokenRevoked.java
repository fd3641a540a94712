package nl.goedgesprek.people.scim;

import java.time.Instant;

import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.shared.Audited;

/**
 * An administrator revoked a provisioning token: from now on it opens nothing.
 *
 * @param revokedBy the administrator
 * @param tokenName the token's name
 * @param at when
 */
public record ScimTokenRevoked(EmployeeId revokedBy, String tokenName, Instant at) implements Audited {

	@Override
	public AuditLine auditLine() {
		return new AuditLine(revokedBy.value(), null, "SCIM_TOKEN_REVOKED", null, tokenName, at);
	}

}
