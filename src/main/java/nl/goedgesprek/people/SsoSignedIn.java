package nl.goedgesprek.people;

import java.time.Instant;

import nl.goedgesprek.shared.Audited;

/**
 * A person signed in through the organisation's identity provider.
 *
 * @param person who signed in (both the one who did it and the one it concerns)
 * @param at when
 */
public record SsoSignedIn(EmployeeId person, Instant at) implements Audited {

	@Override
	public AuditLine auditLine() {
		return new AuditLine(person.value(), null, "SSO_SIGN_IN", person.value(), null, at);
	}

}
