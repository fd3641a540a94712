package nl.goedgesprek.people;

import java.time.Instant;

import nl.goedgesprek.shared.Audited;

/**
 * A sign-in through the organisation's identity provider was refused. Nobody is signed in, so the line
 * has no actor; it never holds a token or a claim, only why.
 *
 * @param person the person the address belongs to, if it belongs to anyone here (a deactivated
 *        person), else {@code null}
 * @param reason a short code: {@code unknown-email}, {@code unverified-email}, {@code no-email},
 *        {@code inactive}, or the OAuth 2.0 error code the sign-in failed with ({@code invalid_id_token})
 * @param at when
 */
public record SsoRefused(EmployeeId person, String reason, Instant at) implements Audited {

	@Override
	public AuditLine auditLine() {
		return new AuditLine(null, null, "SSO_REFUSED", person == null ? null : person.value(), reason, at);
	}

}
