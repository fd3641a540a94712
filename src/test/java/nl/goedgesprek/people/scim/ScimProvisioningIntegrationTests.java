package nl.goedgesprek.people.scim;

import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.people.Person;
import nl.goedgesprek.people.Role;
import nl.goedgesprek.people.internal.PersonQueries;
import nl.goedgesprek.support.DemoUsers;
import nl.goedgesprek.support.SessionCookies;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 12, item 4: /scim/v2/Users with the bodies Microsoft Entra ID's provisioning service sends
 * (from its SCIM documentation: "Replace" in any letter case, "False" as a string, several attributes
 * in one path-less operation, the manager as a string or an object), the RFC 7643/7644 examples we
 * answer, and the rules of the HR pages: a manager loop, the last administrator, a deactivated person
 * losing access at once. Commits for real (the audit trail is written after the commit), so it has a
 * context and database of its own.
 */
@SpringBootTest(properties = "spring.application.name=scim")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(DemoUsers.class)
class ScimProvisioningIntegrationTests {

	static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

	@Autowired
	MockMvc mvc;

	@Autowired
	ScimTokens tokens;

	@Autowired
	DemoUsers demo;

	@Autowired
	PersonQueries people;

	@Autowired
	JdbcClient jdbc;

	final JsonMapper json = JsonMapper.builder().build();

	String token;

	String tokenName;

	@BeforeEach
	void token() {
		tokenName = "Entra ID " + UUID.randomUUID();
		token = tokens.create(demo.id("jeroen.bos"), tokenName);
	}

	private MockHttpServletRequestBuilder scim(MockHttpServletRequestBuilder request) {
		return request.header("Authorization", "Bearer " + token).contentType("application/scim+json");
	}

	/** What Entra ID posts for a new user (its default mapping), with the enterprise extension. */
	private String entraUser(String userName, String managerId, String department) {
		return """
				{
				  "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User", "%4$s"],
				  "externalId": "%1$s",
				  "userName": "%1$s@contoso.example",
				  "active": true,
				  "displayName": "Test %1$s",
				  "emails": [{"primary": true, "type": "work", "value": "%1$s@contoso.example"}],
				  "meta": {"resourceType": "User"},
				  "name": {"formatted": "Anna %1$s", "familyName": "%1$s", "givenName": "Anna"},
				  "title": "Beleidsadviseur",
				  "preferredLanguage": "nl-NL",
				  "phoneNumbers": [{"type": "work", "value": "+31 20 123 4567"}],
				  "roles": [{"primary": false, "type": "WindowsAzureActiveDirectoryRole", "value": "ADMIN"}],
				  "%4$s": {"employeeNumber": "701", "department": "%3$s", "manager": {"value": "%2$s"}}
				}""".formatted(userName, managerId, department, ENTERPRISE);
	}

	private String create(String userName, String managerId, String department) throws Exception {
		String body = mvc.perform(scim(post("/scim/v2/Users")).content(entraUser(userName, managerId, department)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return json.readTree(body).get("id").asString();
	}

	private String patchOp(String operations) {
		return "{\"schemas\": [\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"], \"Operations\": [" + operations + "]}";
	}

	private ResultActions patchUser(String id, String operations) throws Exception {
		return mvc.perform(scim(patch("/scim/v2/Users/{id}", id)).content(patchOp(operations)));
	}

	private Person person(String id) {
		return people.find(EmployeeId.of(Long.valueOf(id))).orElseThrow();
	}

	private static String unique() {
		return "u" + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void entraCreatesAUserWithManagerAndANewTeamButNeverARole() throws Exception {
		String pieter = demo.id("pieter.jansen").value().toString();
		String name = unique();
		String body = mvc.perform(scim(post("/scim/v2/Users")).content(entraUser(name, pieter, "Team " + name)))
			.andExpect(status().isCreated())
			.andExpect(content().contentTypeCompatibleWith("application/scim+json"))
			.andExpect(header().string("Location", containsString("/scim/v2/Users/")))
			.andExpect(header().string("ETag", "W/\"1\""))
			.andExpect(header().doesNotExist("Set-Cookie"))
			.andExpect(jsonPath("$.schemas", hasItem("urn:ietf:params:scim:schemas:core:2.0:User")))
			.andExpect(jsonPath("$.userName").value(name + "@contoso.example"))
			.andExpect(jsonPath("$.externalId").value(name))
			.andExpect(jsonPath("$.active").value(true))
			.andExpect(jsonPath("$.meta.resourceType").value("User"))
			.andExpect(jsonPath("$.meta.version").value("W/\"1\""))
			.andExpect(jsonPath("$['" + ENTERPRISE + "'].department").value("Team " + name))
			.andExpect(jsonPath("$['" + ENTERPRISE + "'].manager.value").value(pieter))
			.andReturn()
			.getResponse()
			.getContentAsString();

		Person created = person(json.readTree(body).get("id").asString());
		assertThat(created.name()).isEqualTo("Anna " + name);
		assertThat(created.jobTitle()).isEqualTo("Beleidsadviseur");
		assertThat(created.teamName()).isEqualTo("Team " + name);
		assertThat(created.managerId()).isEqualTo(demo.id("pieter.jansen"));
		assertThat(created.roles()).doesNotContain(Role.ADMIN, Role.HR);
		await().atMost(Duration.ofSeconds(10)).until(() -> audited("SCIM_USER_CREATED", created.id()));
	}

	@Test
	void entraPatchesWithReplaceInAnyCaseStringBooleansAndPathlessValues() throws Exception {
		String id = create(unique(), demo.id("pieter.jansen").value().toString(), "Klantcontact");
		String pieter = person(id).managerId().value().toString();
		String marleen = people.find(demo.id("pieter.jansen")).orElseThrow().managerId().value().toString();

		// Several attributes in one operation without a path, their names as paths (Entra's older job).
		patchUser(id, """
				{"op": "Replace", "value": {"displayName": "Anna de Wit",
				  "emails[type eq \\"work\\"].value": "anna.dewit@contoso.example",
				  "name.givenName": "Anna", "name.familyName": "de Wit",
				  "%1$s:department": "Financiën", "%1$s:manager": "%2$s"}}""".formatted(ENTERPRISE, marleen))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.displayName").value("Anna de Wit"))
			.andExpect(jsonPath("$.emails[0].value").value("anna.dewit@contoso.example"))
			.andExpect(jsonPath("$['" + ENTERPRISE + "'].department").value("Financiën"))
			.andExpect(jsonPath("$['" + ENTERPRISE + "'].manager.value").value(marleen));
		assertThat(pieter).isNotEqualTo(marleen);

		// One attribute per operation, lower case, the manager as Entra's list of one object.
		patchUser(id, """
				{"op": "replace", "path": "title", "value": "Teamleider"},
				{"op": "add", "path": "%s", "value": [{"$ref": null, "value": "%s"}]}""".formatted(ENTERPRISE + ":manager", pieter))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("Teamleider"))
			.andExpect(jsonPath("$['" + ENTERPRISE + "'].manager.value").value(pieter));

		patchUser(id, """
				{"op": "Remove", "path": "%s:manager"}, {"op": "REMOVE", "path": "title"}""".formatted(ENTERPRISE))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").doesNotExist())
			.andExpect(jsonPath("$['" + ENTERPRISE + "'].manager").doesNotExist());
		assertThat(person(id).managerId()).isNull();

		// Entra disables with a string; "True" brings the person back.
		patchUser(id, "{\"op\": \"Replace\", \"path\": \"active\", \"value\": \"False\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.active").value(false));
		assertThat(person(id).active()).isFalse();
		await().atMost(Duration.ofSeconds(10)).until(() -> audited("SCIM_USER_DEACTIVATED", person(id).id()));
		patchUser(id, "{\"op\": \"replace\", \"value\": {\"active\": \"True\"}}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.active").value(true));
		await().atMost(Duration.ofSeconds(10)).until(() -> audited("SCIM_USER_UPDATED", person(id).id()));
	}

	@Test
	void aPatchThatCannotBeReadIsAScimError() throws Exception {
		String id = create(unique(), "", "Klantcontact");
		patchUser(id, "{\"op\": \"Replace\", \"path\": \"active\", \"value\": \"Misschien\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.schemas[0]").value("urn:ietf:params:scim:api:messages:2.0:Error"))
			.andExpect(jsonPath("$.status").value("400"))
			.andExpect(jsonPath("$.scimType").value("invalidValue"));
		patchUser(id, "{\"op\": \"move\", \"path\": \"title\", \"value\": \"x\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.scimType").value("invalidSyntax"));
		mvc.perform(scim(patch("/scim/v2/Users/{id}", id)).content("{\"Operations\": 3"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.scimType").value("invalidSyntax"));
		patchUser(id, "{\"op\": \"replace\", \"path\": \"title\", \"value\": \"" + "x".repeat(121) + "\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.scimType").value("invalidValue"));
		assertThat(person(id).jobTitle()).isEqualTo("Beleidsadviseur");
		mvc.perform(scim(patch("/scim/v2/Users/{id}", id)).header("If-Match", "W/\"99\"")
			.content(patchOp("{\"op\": \"replace\", \"path\": \"title\", \"value\": \"Anders\"}")))
			.andExpect(status().isPreconditionFailed());
		mvc.perform(scim(get("/scim/v2/Users/{id}", "abc"))).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.status").value("404"));
	}

	@Test
	void putReplacesTheWholeResourceAndDeleteDeactivatesWithoutRemoving() throws Exception {
		String name = unique();
		String id = create(name, demo.id("pieter.jansen").value().toString(), "Klantcontact");
		mvc.perform(scim(put("/scim/v2/Users/{id}", id)).content("""
				{"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "userName": "%1$s@contoso.example",
				 "name": {"givenName": "Anna", "familyName": "Vos"}, "active": true,
				 "emails": [{"value": "%1$s@contoso.example", "type": "work", "primary": "True"}]}""".formatted(name)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name.formatted").value("Anna Vos"))
			.andExpect(jsonPath("$.title").doesNotExist())
			.andExpect(jsonPath("$['" + ENTERPRISE + "'].department").doesNotExist());
		assertThat(person(id).managerId()).isNull();

		mvc.perform(scim(delete("/scim/v2/Users/{id}", id))).andExpect(status().isNoContent());
		mvc.perform(scim(delete("/scim/v2/Users/{id}", id))).andExpect(status().isNoContent());
		mvc.perform(scim(get("/scim/v2/Users/{id}", id)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.active").value(false));
	}

	@Test
	void listsByUserNameAndFindsPeopleHrAddedByTheirEmailAddress() throws Exception {
		mvc.perform(scim(get("/scim/v2/Users")).param("filter", "userName eq \"Sanne.deVries@horizon.example\""))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/scim+json"))
			.andExpect(jsonPath("$.schemas[0]").value("urn:ietf:params:scim:api:messages:2.0:ListResponse"))
			.andExpect(jsonPath("$.totalResults").value(1))
			.andExpect(jsonPath("$.Resources[0].id").value(demo.id("sanne.devries").value().toString()))
			.andExpect(jsonPath("$.Resources[0].displayName").value("Sanne de Vries"));
		// What Entra asks first for every user it has not matched yet.
		mvc.perform(scim(get("/scim/v2/Users")).param("filter",
				"userName eq \"Test_User_ab6490ee-1e48-479e-a20b-2d77186b5dd1\""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalResults").value(0))
			.andExpect(jsonPath("$.Resources").isEmpty());
		String name = unique();
		create(name, "", "Klantcontact");
		mvc.perform(scim(get("/scim/v2/Users")).param("filter", "externalId eq \"" + name + "\""))
			.andExpect(jsonPath("$.totalResults").value(1))
			.andExpect(jsonPath("$.Resources[0].userName").value(name + "@contoso.example"));
		mvc.perform(scim(get("/scim/v2/Users")).param("startIndex", "2").param("count", "3"))
			.andExpect(jsonPath("$.startIndex").value(2))
			.andExpect(jsonPath("$.itemsPerPage").value(3));
		mvc.perform(scim(get("/scim/v2/Users")).param("filter", "userName sw \"sanne\""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.scimType").value("invalidFilter"));
		mvc.perform(scim(get("/scim/v2/Users")).param("filter", "userName eq \"" + "\\a".repeat(10_000) + "\""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.scimType").value("invalidFilter"));
	}

	@Test
	void aTakenAddressIsAUniquenessConflict() throws Exception {
		String name = unique();
		create(name, "", "Klantcontact");
		mvc.perform(scim(post("/scim/v2/Users")).content(entraUser(name, "", "Klantcontact")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.scimType").value("uniqueness"));
	}

	@Test
	void aManagerLoopIsRefusedAsInvalidValue() throws Exception {
		String boss = create(unique(), "", "Klantcontact");
		String report = create(unique(), boss, "Klantcontact");
		patchUser(boss, "{\"op\": \"Add\", \"path\": \"" + ENTERPRISE + ":manager\", \"value\": \"" + report + "\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.schemas[0]").value("urn:ietf:params:scim:api:messages:2.0:Error"))
			.andExpect(jsonPath("$.scimType").value("invalidValue"))
			.andExpect(jsonPath("$.detail").isNotEmpty());
		assertThat(person(boss).managerId()).isNull();
		patchUser(boss, "{\"op\": \"Add\", \"path\": \"" + ENTERPRISE + ":manager\", \"value\": \"" + boss + "\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.scimType").value("invalidValue"));
	}

	@Test
	void theLastAdministratorIsNotDeactivatedAndRolesStayAsTheyAre() throws Exception {
		String jeroen = demo.id("jeroen.bos").value().toString();
		mvc.perform(scim(delete("/scim/v2/Users/{id}", jeroen)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.scimType").value("invalidValue"));
		patchUser(jeroen, "{\"op\": \"Replace\", \"path\": \"active\", \"value\": \"False\"}")
			.andExpect(status().isBadRequest());
		assertThat(person(jeroen).active()).isTrue();

		String fatima = demo.id("fatima.elamrani").value().toString();
		patchUser(fatima, "{\"op\": \"replace\", \"path\": \"title\", \"value\": \"Senior HR-adviseur\"}, "
				+ "{\"op\": \"add\", \"path\": \"roles\", \"value\": [{\"value\": \"ADMIN\"}]}")
			.andExpect(status().isOk());
		assertThat(person(fatima).roles()).contains(Role.HR).doesNotContain(Role.ADMIN);
		assertThat(person(fatima).jobTitle()).isEqualTo("Senior HR-adviseur");
	}

	@Test
	void aDeactivatedPersonsNextClickIsRefused() throws Exception {
		Cookie session = SessionCookies.from(mvc
			.perform(formLogin("/login").user("daan.smit@horizon.example").password("goedgesprek"))
			.andReturn());
		mvc.perform(get("/").cookie(session)).andExpect(status().isOk());

		mvc.perform(scim(delete("/scim/v2/Users/{id}", demo.id("daan.smit").value()))).andExpect(status().isNoContent());

		mvc.perform(get("/").cookie(session))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", containsString("/login")));
	}

	@Test
	void noTokenAWrongOneAndARevokedOneAreRefused() throws Exception {
		mvc.perform(get("/scim/v2/Users"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", containsString("Bearer")))
			.andExpect(header().doesNotExist("Set-Cookie"))
			.andExpect(jsonPath("$.schemas[0]").value("urn:ietf:params:scim:api:messages:2.0:Error"))
			.andExpect(jsonPath("$.status").value("401"));
		mvc.perform(get("/scim/v2/Users").header("Authorization", "Bearer " + token + "x"))
			.andExpect(status().isUnauthorized());
		mvc.perform(get("/scim/v2/Users").header("Authorization", "Basic " + token))
			.andExpect(status().isUnauthorized());
		// A signed-in administrator's session opens nothing here: no session is read on /scim.
		Cookie administrator = SessionCookies.from(mvc
			.perform(formLogin("/login").user("jeroen.bos@horizon.example").password("goedgesprek"))
			.andReturn());
		mvc.perform(get("/scim/v2/Users").cookie(administrator)).andExpect(status().isUnauthorized());
		// A person's authentication without a token is forbidden even when it reaches the chain.
		mvc.perform(get("/scim/v2/Users").with(demo.as("jeroen.bos"))).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.status").value("403"));

		long id = jdbc.sql("select id from scim_token where name = :name").param("name", tokenName).query(Long.class).single();
		tokens.revoke(demo.id("jeroen.bos"), id);
		mvc.perform(scim(get("/scim/v2/Users"))).andExpect(status().isUnauthorized());
		assertThat(jdbc.sql("select count(*) from scim_token where token_hash = :secret or token_hash = :hash")
			.param("secret", token)
			.param("hash", ScimTokens.hash(token))
			.query(Long.class)
			.single()).isEqualTo(1);
		await().atMost(Duration.ofSeconds(10)).until(() -> jdbc
			.sql("select count(*) from audit_event where action = 'SCIM_TOKEN_REVOKED' and detail = :name")
			.param("name", tokenName).query(Long.class).single() == 1);
	}

	@Test
	void theRfcExamplesWeAnswer() throws Exception {
		// RFC 7644, section 3.3, without an email address: we need one to sign in with.
		String bjensen = """
				{"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "userName": "bjensen%s", "externalId": "bjensen",
				 "name": {"formatted": "Ms. Barbara J Jensen III", "familyName": "Jensen", "givenName": "Barbara"}%s}""";
		String suffix = unique();
		mvc.perform(scim(post("/scim/v2/Users")).content(bjensen.formatted(suffix, "")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.scimType").value("invalidValue"));
		// With the work address of RFC 7643, section 8.2.
		String id = json.readTree(mvc.perform(scim(post("/scim/v2/Users")).content(bjensen.formatted(suffix,
				", \"emails\": [{\"value\": \"bjensen" + suffix + "@example.com\", \"type\": \"work\", \"primary\": true}]")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.name.formatted").value("Ms. Barbara J Jensen III"))
			.andReturn().getResponse().getContentAsString()).get("id").asString();
		// RFC 7644, section 3.5.2.1: adding a home address and a nickname leaves the work address to sign in with.
		patchUser(id, """
				{"op": "add", "value": {"emails": [{"value": "babs@jensen.org", "type": "home"}], "nickname": "Babs"}}""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.emails[0].value").value("bjensen" + suffix + "@example.com"));
		// RFC 7644, section 3.5.2.3: replacing the emails with a work address does change it.
		patchUser(id, """
				{"op": "replace", "value": {"emails": [{"value": "b%s@example.com", "type": "work"}], "nickName": "Babs"}}"""
			.formatted(suffix))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.emails[0].value").value("b" + suffix + "@example.com"));
	}

	@Test
	void theDiscoveryEndpointsDescribeWhatWeKeep() throws Exception {
		mvc.perform(scim(get("/scim/v2/ServiceProviderConfig")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.patch.supported").value(true))
			.andExpect(jsonPath("$.bulk.supported").value(false))
			.andExpect(jsonPath("$.authenticationSchemes[0].type").value("oauthbearertoken"));
		mvc.perform(scim(get("/scim/v2/ResourceTypes")))
			.andExpect(jsonPath("$.Resources[0].endpoint").value("/Users"))
			.andExpect(jsonPath("$.Resources[0].schemaExtensions[0].schema").value(ENTERPRISE));
		mvc.perform(scim(get("/scim/v2/Schemas")))
			.andExpect(jsonPath("$.totalResults").value(2))
			.andExpect(jsonPath("$.Resources[1].attributes[1].name").value("manager"));
	}

	private boolean audited(String action, EmployeeId subject) {
		return jdbc.sql("select count(*) from audit_event where action = :action and subject_id = :subject and actor_label = :label and actor_id is null")
			.param("action", action)
			.param("subject", subject.value())
			.param("label", tokenName)
			.query(Long.class)
			.single() > 0;
	}

	@SuppressWarnings("unused")
	private JsonNode read(ResultActions result) throws Exception {
		return json.readTree(result.andReturn().getResponse().getContentAsString());
	}

}
