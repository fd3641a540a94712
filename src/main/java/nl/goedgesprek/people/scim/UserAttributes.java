package nl.goedgesprek.people.scim;

import java.util.Locale;
import java.util.Map;


import tools.jackson.databind.JsonNode;

/**
 * What a SCIM client may say about a person, read from a whole resource (POST, PUT) or from the
 * person as stored with patch operations applied (PATCH). Attribute names are matched without regard
 * to letter case (RFC 7643, section 2.1), and so are the operations (Entra ID sends "Replace").
 * Attributes we do not keep (phone numbers, addresses, preferredLanguage, employeeNumber, ...) are
 * accepted and left alone: Entra's default mapping sends them, and refusing them would stop every
 * provisioning run. The Schemas endpoint says what we keep.
 */
final class UserAttributes {

	private static final String CORE_PREFIX = Scim.USER.toLowerCase(Locale.ROOT) + ":";

	private static final String ENTERPRISE_LOWER = Scim.ENTERPRISE.toLowerCase(Locale.ROOT);

	String userName;

	String externalId;

	String email;

	String title;

	String department;

	/** The manager's SCIM id, or {@code null} for none. */
	String managerId;

	/** {@code null}: not said, stays as it is (a new person is active). */
	Boolean active;

	private String formatted;

	private String displayName;

	private String givenName;

	private String familyName;

	/** The name as stored, when patching: a name part alone does not replace it. */
	private String storedName;

	private UserAttributes() {
	}

	static UserAttributes stored(ScimDirectory.Row row) {
		UserAttributes user = new UserAttributes();
		user.userName = row.userName();
		user.externalId = row.externalId();
		user.email = row.email();
		user.title = row.title();
		user.department = row.teamName();
		user.managerId = row.managerId() == null ? null : row.managerId().toString();
		user.active = row.active();
		user.storedName = row.name();
		return user;
	}

	/** A whole User resource (POST, PUT): what it leaves out is empty. */
	static UserAttributes fromResource(JsonNode resource) {
		if (resource == null || !resource.isObject()) {
			throw ScimError.badRequest("invalidSyntax", "A User resource is a JSON object");
		}
		UserAttributes user = new UserAttributes();
		for (Map.Entry<String, JsonNode> attribute : resource.properties()) {
			user.set(attribute.getKey(), attribute.getValue());
		}
		return user;
	}

	/** Applies a PatchOp request (RFC 7644, section 3.5.2), in the order of its operations. */
	void patch(JsonNode request) {
		JsonNode operations = request == null || !request.isObject() ? null : field(request, "Operations");
		if (operations == null || !operations.isArray() || operations.isEmpty()) {
			throw ScimError.badRequest("invalidSyntax", "A PatchOp request needs a list of Operations");
		}
		for (JsonNode operation : operations) {
			if (!operation.isObject()) {
				throw ScimError.badRequest("invalidSyntax", "Each operation is a JSON object");
			}
			String op = text(field(operation, "op"));
			String path = text(field(operation, "path"));
			JsonNode value = field(operation, "value");
			switch (op == null ? "" : op.toLowerCase(Locale.ROOT)) {
				case "add", "replace" -> {
					if (path != null) {
						set(path, value);
					}
					else if (value != null && value.isObject()) {
						for (Map.Entry<String, JsonNode> attribute : value.properties()) {
							set(attribute.getKey(), attribute.getValue());
						}
					}
					else {
						throw ScimError.badRequest("invalidSyntax", "An operation without a path needs an object as its value");
					}
				}
				case "remove" -> {
					if (path == null) {
						throw ScimError.badRequest("noTarget", "A remove operation needs a path");
					}
					set(path, null);
				}
				default -> throw ScimError.badRequest("invalidSyntax", "Unknown operation: " + op);
			}
		}
	}

	/**
	 * The person's name: {@code name.formatted}, else {@code displayName}, else given and family name
	 * together. When patching, one name part alone keeps the stored name (we do not keep the parts).
	 */
	String name() {
		if (formatted != null) {
			return formatted;
		}
		if (displayName != null) {
			return displayName;
		}
		if (givenName != null && familyName != null) {
			return givenName + " " + familyName;
		}
		if (storedName != null) {
			return storedName;
		}
		return givenName != null ? givenName : familyName;
	}

	/** One attribute, by its path; {@code value} {@code null} removes it. */
	private void set(String path, JsonNode value) {
		String lower = path.trim().toLowerCase(Locale.ROOT);
		if (lower.startsWith(CORE_PREFIX)) {
			lower = lower.substring(CORE_PREFIX.length());
		}
		if (lower.startsWith(ENTERPRISE_LOWER)) {
			enterprise(lower.substring(ENTERPRISE_LOWER.length()), value);
			return;
		}
		switch (lower) {
			case "username" -> {
				userName = text(value);
				if (userName == null) {
					throw ScimError.badRequest("invalidValue", "userName is required");
				}
			}
			case "externalid" -> externalId = text(value);
			case "active" -> active = value == null ? active : bool(value);
			case "displayname" -> displayName = text(value);
			case "title" -> title = text(value);
			case "name" -> eachOf(value, "name.");
			case "name.formatted" -> formatted = text(value);
			case "name.givenname" -> givenName = text(value);
			case "name.familyname" -> familyName = text(value);
			case "emails" -> {
				String chosen = value == null ? null : firstEmail(value);
				email = chosen == null ? email : chosen;
			}
			case "emails.value" -> email = value == null ? email : text(value);
			default -> {
				// emails[type eq "work"].value, emails[primary eq true].value: the address we keep. Other
				// addresses and attributes we do not keep are left alone.
				if (value != null && lower.startsWith("emails[") && lower.endsWith("].value")
						&& (lower.contains("\"work\"") || lower.contains("primary"))) {
					email = text(value);
				}
			}
		}
	}

	/** An attribute of the enterprise extension; {@code rest} is what follows its URN. */
	private void enterprise(String rest, JsonNode value) {
		switch (rest) {
			case "" -> eachOf(value, Scim.ENTERPRISE + ":");
			case ":department" -> department = text(value);
			case ":manager" -> managerId = managerValue(value);
			case ":manager.value" -> managerId = text(value);
			default -> {
				// An attribute we do not keep (employeeNumber, costCenter, ...).
			}
		}
	}

	private void eachOf(JsonNode value, String prefix) {
		if (value == null || value.isNull()) {
			return;
		}
		if (!value.isObject()) {
			throw ScimError.badRequest("invalidValue", "Expected an object for " + prefix);
		}
		for (Map.Entry<String, JsonNode> attribute : value.properties()) {
			set(prefix + attribute.getKey(), attribute.getValue());
		}
	}

	/** The primary address, else the work address, else the first without a type (RFC 7643, section 2.4). */
	private static String firstEmail(JsonNode emails) {
		if (!emails.isArray()) {
			return text(emails.isObject() ? field(emails, "value") : emails);
		}
		JsonNode work = null;
		JsonNode first = null;
		for (JsonNode email : emails) {
			JsonNode primary = field(email, "primary");
			if (primary != null && !primary.isNull() && bool(primary)) {
				return text(field(email, "value"));
			}
			String type = text(field(email, "type"));
			if (work == null && "work".equalsIgnoreCase(type)) {
				work = email;
			}
			// A home or other address is not taken for signing in unless it is the primary one.
			first = first == null && type == null ? email : first;
		}
		JsonNode chosen = work != null ? work : first;
		return chosen == null ? null : text(field(chosen, "value"));
	}

	/** Entra sends the manager's id as a string, an object with {@code value}, or a list of one such object. */
	private static String managerValue(JsonNode value) {
		if (value == null || value.isNull()) {
			return null;
		}
		if (value.isArray()) {
			return value.isEmpty() ? null : managerValue(value.get(0));
		}
		if (value.isObject()) {
			return text(field(value, "value"));
		}
		return text(value);
	}

	/** A boolean, also as Entra's strings "True" and "False". */
	static boolean bool(JsonNode value) {
		if (value.isBoolean()) {
			return value.booleanValue();
		}
		if (value.isString() && value.stringValue().trim().equalsIgnoreCase("true")) {
			return true;
		}
		if (value.isString() && value.stringValue().trim().equalsIgnoreCase("false")) {
			return false;
		}
		throw ScimError.badRequest("invalidValue", "Expected true or false, got " + value);
	}

	/** A single text value, trimmed; empty and null are none. */
	static String text(JsonNode value) {
		if (value == null || value.isNull() || value.isMissingNode()) {
			return null;
		}
		if (value.isArray() && value.size() == 1) {
			JsonNode only = value.get(0);
			return text(only.isObject() ? field(only, "value") : only);
		}
		if (value.isContainer()) {
			throw ScimError.badRequest("invalidValue", "Expected a single value, got " + value);
		}
		String text = value.asString().trim();
		return text.isEmpty() ? null : text;
	}

	/** A member of an object, whatever the letter case of its name. */
	static JsonNode field(JsonNode object, String name) {
		if (object == null || !object.isObject()) {
			return null;
		}
		for (Map.Entry<String, JsonNode> member : object.properties()) {
			if (member.getKey().equalsIgnoreCase(name)) {
				return member.getValue();
			}
		}
		return null;
	}

}
