package nl.goedgesprek.people.scim;

import java.time.Instant;

/**
 * A provisioning token as the administrators' page lists it: never its secret. Public for the
 * template only.
 */
public record ScimToken(long id, String name, Instant createdAt, String createdByName, Instant lastUsedAt,
		Instant revokedAt) {

	public boolean revoked() {
		return revokedAt != null;
	}

}
