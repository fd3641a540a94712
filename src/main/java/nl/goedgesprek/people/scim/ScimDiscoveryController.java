package nl.goedgesprek.people.scim;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a client may ask before it provisions (RFC 7644, section 4): the features we offer, the one
 * resource type and the attributes we keep. Everything else a client sends is accepted and left alone.
 */
@RestController
@RequestMapping("/scim/v2")
class ScimDiscoveryController {

	@GetMapping("/ServiceProviderConfig")
	ResponseEntity<JsonNode> serviceProviderConfig() {
		ObjectNode config = Scim.JSON.objectNode();
		config.putArray("schemas").add("urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig");
		config.putObject("patch").put("supported", true);
		config.putObject("bulk").put("supported", false).put("maxOperations", 0).put("maxPayloadSize", 0);
		config.putObject("filter").put("supported", true).put("maxResults", ScimUsersController.MAX_PAGE);
		config.putObject("changePassword").put("supported", false);
		config.putObject("sort").put("supported", false);
		config.putObject("etag").put("supported", true);
		config.putArray("authenticationSchemes")
			.addObject()
			.put("type", "oauthbearertoken")
			.put("name", "Bearer token")
			.put("description", "A token an administrator makes in Goedgesprek under Organisatie, SCIM-koppeling")
			.put("primary", true);
		config.putObject("meta").put("resourceType", "ServiceProviderConfig").put("location", url("/ServiceProviderConfig"));
		return answer(config);
	}

	@GetMapping("/ResourceTypes")
	ResponseEntity<JsonNode> resourceTypes() {
		return answer(list(userType()));
	}

	@GetMapping("/ResourceTypes/User")
	ResponseEntity<JsonNode> userResourceType() {
		return answer(userType());
	}

	@GetMapping("/Schemas")
	ResponseEntity<JsonNode> schemas() {
		return answer(list(userSchema(), enterpriseSchema()));
	}

	@GetMapping("/Schemas/{urn}")
	ResponseEntity<JsonNode> schema(@PathVariable String urn) {
		if (urn.equals(Scim.USER)) {
			return answer(userSchema());
		}
		if (urn.equals(Scim.ENTERPRISE)) {
			return answer(enterpriseSchema());
		}
		throw ScimError.notFound(urn);
	}

	private ObjectNode userType() {
		ObjectNode type = Scim.JSON.objectNode();
		type.putArray("schemas").add("urn:ietf:params:scim:schemas:core:2.0:ResourceType");
		type.put("id", "User").put("name", "User").put("endpoint", "/Users").put("schema", Scim.USER);
		type.putArray("schemaExtensions").addObject().put("schema", Scim.ENTERPRISE).put("required", false);
		type.putObject("meta").put("resourceType", "ResourceType").put("location", url("/ResourceTypes/User"));
		return type;
	}

	private ObjectNode userSchema() {
		ObjectNode schema = schema(Scim.USER, "User", "A person in the organisation");
		ArrayNode attributes = schema.putArray("attributes");
		attributes.add(attribute("userName", "string", true, "server"));
		attributes.add(attribute("externalId", "string", false, "none"));
		ObjectNode name = attribute("name", "complex", false, "none");
		name.putArray("subAttributes")
			.add(attribute("formatted", "string", false, "none"))
			.add(attribute("givenName", "string", false, "none"))
			.add(attribute("familyName", "string", false, "none"));
		attributes.add(name);
		attributes.add(attribute("displayName", "string", false, "none"));
		attributes.add(attribute("title", "string", false, "none"));
		attributes.add(attribute("active", "boolean", false, "none"));
		ObjectNode emails = attribute("emails", "complex", false, "none").put("multiValued", true);
		emails.putArray("subAttributes")
			.add(attribute("value", "string", false, "none"))
			.add(attribute("type", "string", false, "none"))
			.add(attribute("primary", "boolean", false, "none"));
		attributes.add(emails);
		return schema;
	}

	private ObjectNode enterpriseSchema() {
		ObjectNode schema = schema(Scim.ENTERPRISE, "EnterpriseUser", "The department (our team) and the manager");
		ArrayNode attributes = schema.putArray("attributes");
		attributes.add(attribute("department", "string", false, "none"));
		ObjectNode manager = attribute("manager", "complex", false, "none");
		manager.putArray("subAttributes")
			.add(attribute("value", "string", false, "none"))
			.add(attribute("$ref", "reference", false, "none"))
			.add(attribute("displayName", "string", false, "none"));
		attributes.add(manager);
		return schema;
	}

	private ObjectNode schema(String id, String name, String description) {
		ObjectNode schema = Scim.JSON.objectNode();
		schema.putArray("schemas").add("urn:ietf:params:scim:schemas:core:2.0:Schema");
		schema.put("id", id).put("name", name).put("description", description);
		schema.putObject("meta").put("resourceType", "Schema").put("location", url("/Schemas/" + id));
		return schema;
	}

	private static ObjectNode attribute(String name, String type, boolean required, String uniqueness) {
		return Scim.JSON.objectNode()
			.put("name", name)
			.put("type", type)
			.put("multiValued", false)
			.put("required", required)
			.put("caseExact", false)
			.put("mutability", "readWrite")
			.put("returned", "default")
			.put("uniqueness", uniqueness);
	}

	private static ObjectNode list(ObjectNode... resources) {
		ObjectNode list = Scim.JSON.objectNode();
		list.putArray("schemas").add(Scim.LIST);
		list.put("totalResults", resources.length);
		list.put("startIndex", 1);
		list.put("itemsPerPage", resources.length);
		ArrayNode all = list.putArray("Resources");
		for (ObjectNode resource : resources) {
			all.add(resource);
		}
		return list;
	}

	private static String url(String path) {
		return ServletUriComponentsBuilder.fromCurrentContextPath().path("/scim/v2" + path).toUriString();
	}

	private static ResponseEntity<JsonNode> answer(JsonNode body) {
		return ResponseEntity.ok().contentType(Scim.MEDIA_TYPE).body(body);
	}

}
