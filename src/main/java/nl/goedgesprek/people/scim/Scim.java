package nl.goedgesprek.people.scim;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The names RFC 7643/7644 fix, and the two message bodies every endpoint shares. */
final class Scim {

	static final MediaType MEDIA_TYPE = MediaType.parseMediaType("application/scim+json");

	static final String USER = "urn:ietf:params:scim:schemas:core:2.0:User";

	static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

	static final String LIST = "urn:ietf:params:scim:api:messages:2.0:ListResponse";

	static final String PATCH = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

	static final String ERROR = "urn:ietf:params:scim:api:messages:2.0:Error";

	static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	private Scim() {
	}

	/** RFC 7644, section 3.12: status as a string, scimType only where the RFC names one. */
	static ObjectNode error(HttpStatus status, String scimType, String detail) {
		ObjectNode error = JSON.objectNode();
		error.putArray("schemas").add(ERROR);
		error.put("status", String.valueOf(status.value()));
		if (scimType != null) {
			error.put("scimType", scimType);
		}
		if (detail != null) {
			error.put("detail", detail);
		}
		return error;
	}

}
