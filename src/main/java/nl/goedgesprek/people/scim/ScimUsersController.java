package nl.goedgesprek.people.scim;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code /scim/v2/Users} (RFC 7644, section 3): what the identity provider reads and changes. */
@RestController
@RequestMapping("/scim/v2/Users")
class ScimUsersController {

	/** The filters we answer: one attribute, {@code eq}, a quoted value (RFC 7644, section 3.4.2.2). */
	private static final Pattern FILTER = Pattern.compile("\\s*(userName|externalId)\\s+eq\\s+\"((?:[^\"\\\\]++|\\\\.)*+)\"\\s*",
			Pattern.CASE_INSENSITIVE);

	static final int MAX_PAGE = 200;

	private static final int MAX_FILTER = 1000;

	private final ScimDirectory directory;

	private final ScimProvisioning provisioning;

	ScimUsersController(ScimDirectory directory, ScimProvisioning provisioning) {
		this.directory = directory;
		this.provisioning = provisioning;
	}

	@GetMapping
	ResponseEntity<JsonNode> list(@RequestParam(required = false) String filter,
			@RequestParam(defaultValue = "1") String startIndex, @RequestParam(defaultValue = "100") String count) {
		String attribute = null;
		String value = null;
		if (filter != null && !filter.isBlank()) {
			// Possessive quantifiers in FILTER keep a long value from taking the stack; no userName is this long anyway.
			Matcher matcher = FILTER.matcher(filter);
			if (filter.length() > MAX_FILTER || !matcher.matches()) {
				throw ScimError.badRequest("invalidFilter",
						"Only filters of the form userName eq \"...\" or externalId eq \"...\" are supported");
			}
			attribute = matcher.group(1).equalsIgnoreCase("userName") ? "userName" : "externalId";
			value = matcher.group(2).replaceAll("\\\\(.)", "$1");
		}
		// RFC 7644, section 3.4.2.4: a start below 1 is 1, a negative count is 0.
		int start = Math.max(1, number(startIndex));
		int size = Math.min(MAX_PAGE, Math.max(0, number(count)));
		ScimDirectory.Found found = directory.find(attribute, value, start, size);
		ObjectNode list = Scim.JSON.objectNode();
		list.putArray("schemas").add(Scim.LIST);
		list.put("totalResults", found.total());
		list.put("startIndex", start);
		list.put("itemsPerPage", found.rows().size());
		ArrayNode resources = list.putArray("Resources");
		found.rows().forEach(row -> resources.add(resource(row)));
		return ResponseEntity.ok().contentType(Scim.MEDIA_TYPE).body(list);
	}

	@GetMapping("/{id}")
	ResponseEntity<JsonNode> get(@PathVariable String id) {
		return answer(HttpStatus.OK, id(id));
	}

	@PostMapping
	ResponseEntity<JsonNode> create(@AuthenticationPrincipal ScimTokens.Holder token, @RequestBody JsonNode resource) {
		long id = provisioning.create(token, resource);
		ScimDirectory.Row row = directory.byId(id).orElseThrow();
		return ResponseEntity.created(location(id)).contentType(Scim.MEDIA_TYPE).eTag(etag(row)).body(resource(row));
	}

	@PutMapping("/{id}")
	ResponseEntity<JsonNode> replace(@AuthenticationPrincipal ScimTokens.Holder token, @PathVariable String id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody JsonNode resource) {
		provisioning.replace(token, id(id), ifMatch, resource);
		return answer(HttpStatus.OK, id(id));
	}

	@PatchMapping("/{id}")
	ResponseEntity<JsonNode> patch(@AuthenticationPrincipal ScimTokens.Holder token, @PathVariable String id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody JsonNode request) {
		provisioning.patch(token, id(id), ifMatch, request);
		return answer(HttpStatus.OK, id(id));
	}

	/** Deactivates; the person stays, because conversations and records refer to them. */
	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@AuthenticationPrincipal ScimTokens.Holder token, @PathVariable String id) {
		provisioning.deactivate(token, id(id));
		return ResponseEntity.noContent().build();
	}

	private ResponseEntity<JsonNode> answer(HttpStatus status, long id) {
		ScimDirectory.Row row = directory.byId(id).orElseThrow(() -> ScimError.notFound(String.valueOf(id)));
		return ResponseEntity.status(status).contentType(Scim.MEDIA_TYPE).eTag(etag(row)).body(resource(row));
	}

	/** A person as a User resource with the enterprise extension (RFC 7643, sections 4.1 and 4.3). */
	private ObjectNode resource(ScimDirectory.Row row) {
		ObjectNode user = Scim.JSON.objectNode();
		user.putArray("schemas").add(Scim.USER).add(Scim.ENTERPRISE);
		user.put("id", String.valueOf(row.id()));
		if (row.externalId() != null) {
			user.put("externalId", row.externalId());
		}
		user.put("userName", row.userName());
		user.putObject("name").put("formatted", row.name());
		user.put("displayName", row.name());
		if (row.title() != null) {
			user.put("title", row.title());
		}
		user.put("active", row.active());
		user.putArray("emails").addObject().put("value", row.email()).put("type", "work").put("primary", true);
		ObjectNode enterprise = user.putObject(Scim.ENTERPRISE);
		if (row.teamName() != null) {
			enterprise.put("department", row.teamName());
		}
		if (row.managerId() != null) {
			enterprise.putObject("manager")
				.put("value", String.valueOf(row.managerId()))
				.put("$ref", location(row.managerId()).toString())
				.put("displayName", row.managerName());
		}
		ObjectNode meta = user.putObject("meta");
		meta.put("resourceType", "User");
		meta.put("location", location(row.id()).toString());
		meta.put("version", etag(row));
		return user;
	}

	private static String etag(ScimDirectory.Row row) {
		return "W/\"" + row.version() + "\"";
	}

	private static URI location(long id) {
		return ServletUriComponentsBuilder.fromCurrentContextPath().path("/scim/v2/Users/{id}").buildAndExpand(id).toUri();
	}

	/** Our ids are numbers; anything else is an id nobody has. */
	private static long id(String id) {
		try {
			return Long.parseLong(id);
		}
		catch (NumberFormatException notOurs) {
			throw ScimError.notFound(id);
		}
	}

	private static int number(String text) {
		try {
			return Integer.parseInt(text.trim());
		}
		catch (NumberFormatException notANumber) {
			throw ScimError.badRequest("invalidValue", "startIndex and count are whole numbers");
		}
	}

}
