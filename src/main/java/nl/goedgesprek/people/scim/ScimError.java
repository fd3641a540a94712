package nl.goedgesprek.people.scim;

import org.springframework.http.HttpStatus;

/**
 * A request the SCIM protocol itself refuses (an unreadable filter or patch, an unknown resource, a
 * stale version), answered as RFC 7644's error body. A rule of the people records refuses with the
 * house's {@code Refusal}, which {@link ScimErrors} turns into the same kind of body.
 */
class ScimError extends RuntimeException {

	private final HttpStatus status;

	private final String scimType;

	ScimError(HttpStatus status, String scimType, String detail) {
		super(detail);
		this.status = status;
		this.scimType = scimType;
	}

	static ScimError badRequest(String scimType, String detail) {
		return new ScimError(HttpStatus.BAD_REQUEST, scimType, detail);
	}

	static ScimError notFound(String id) {
		return new ScimError(HttpStatus.NOT_FOUND, null, "Resource " + id + " not found");
	}

	HttpStatus status() {
		return status;
	}

	String scimType() {
		return scimType;
	}

}
