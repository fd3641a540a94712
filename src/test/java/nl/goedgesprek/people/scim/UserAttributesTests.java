package nl.goedgesprek.people.scim;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading SCIM users and patches as Entra ID and RFC 7644 write them, without a database. */
class UserAttributesTests {

	private final JsonMapper json = JsonMapper.builder().build();

	private final ScimDirectory.Row stored = new ScimDirectory.Row(7, 3, "Sanne de Vries", "sanne@example.org",
			"Klantadviseur", true, 2L, "Pieter Jansen", "Klantcontact", "sanne@example.org", "ext-7");

	private UserAttributes patched(String operations) {
		UserAttributes user = UserAttributes.stored(stored);
		user.patch(read("{\"schemas\": [\"" + Scim.PATCH + "\"], \"Operations\": [" + operations + "]}"));
		return user;
	}

	private JsonNode read(String text) {
		return json.readTree(text);
	}

	@Test
	void oneNamePartAloneKeepsTheStoredNameBothPartsReplaceIt() {
		assertThat(patched("{\"op\": \"Replace\", \"path\": \"name.familyName\", \"value\": \"Jansen\"}").name())
			.isEqualTo("Sanne de Vries");
		assertThat(patched("{\"op\": \"replace\", \"value\": {\"name.givenName\": \"Sanne\", \"name.familyName\": \"Jansen\"}}")
			.name()).isEqualTo("Sanne Jansen");
		assertThat(patched("{\"op\": \"replace\", \"value\": {\"name\": {\"formatted\": \"S. Jansen\"}, \"displayName\": \"Sanne\"}}")
			.name()).isEqualTo("S. Jansen");
	}

	@Test
	void attributeNamesAndOperationsInAnyLetterCase() {
		UserAttributes user = patched("""
				{"OP": "REPLACE", "Path": "Title", "Value": "Teamleider"},
				{"op": "Add", "path": "URN:IETF:PARAMS:SCIM:SCHEMAS:EXTENSION:ENTERPRISE:2.0:USER:Department", "value": "ICT"},
				{"op": "replace", "path": "urn:ietf:params:scim:schemas:core:2.0:User:userName", "value": "s@example.org"}""");
		assertThat(user.title).isEqualTo("Teamleider");
		assertThat(user.department).isEqualTo("ICT");
		assertThat(user.userName).isEqualTo("s@example.org");
	}

	@Test
	void theManagerAsAStringAnObjectOrAListAndRemoved() {
		String path = Scim.ENTERPRISE + ":manager";
		assertThat(patched("{\"op\": \"Add\", \"path\": \"" + path + "\", \"value\": \"11\"}").managerId).isEqualTo("11");
		assertThat(patched("{\"op\": \"Add\", \"path\": \"" + path + "\", \"value\": {\"value\": \"12\"}}").managerId).isEqualTo("12");
		assertThat(patched("{\"op\": \"Add\", \"path\": \"" + path + "\", \"value\": [{\"$ref\": null, \"value\": \"13\"}]}").managerId)
			.isEqualTo("13");
		assertThat(patched("{\"op\": \"replace\", \"value\": {\"" + Scim.ENTERPRISE + "\": {\"manager\": {\"value\": \"14\"}}}}").managerId)
			.isEqualTo("14");
		assertThat(patched("{\"op\": \"Remove\", \"path\": \"" + path + "\"}").managerId).isNull();
	}

	@Test
	void activeAsABooleanOrAsEntrasStrings() {
		assertThat(patched("{\"op\": \"Replace\", \"path\": \"active\", \"value\": \"False\"}").active).isFalse();
		assertThat(patched("{\"op\": \"Replace\", \"path\": \"active\", \"value\": false}").active).isFalse();
		assertThat(patched("{\"op\": \"replace\", \"value\": {\"active\": \"true\"}}").active).isTrue();
		assertThatThrownBy(() -> patched("{\"op\": \"Replace\", \"path\": \"active\", \"value\": \"nee\"}"))
			.isInstanceOf(ScimError.class);
	}

	@Test
	void attributesWeDoNotKeepAreLeftAloneAndBrokenRequestsRefused() {
		UserAttributes user = patched("""
				{"op": "Replace", "path": "phoneNumbers[type eq \\"work\\"].value", "value": "+31 20 1234567"},
				{"op": "Replace", "path": "emails[type eq \\"home\\"].value", "value": "thuis@example.org"},
				{"op": "Add", "path": "preferredLanguage", "value": "nl-NL"}""");
		assertThat(user.email).isEqualTo("sanne@example.org");
		assertThat(patched("{\"op\": \"Replace\", \"path\": \"emails[type eq \\\"work\\\"].value\", \"value\": \"w@example.org\"}").email)
			.isEqualTo("w@example.org");
		assertThatThrownBy(() -> patched("{\"op\": \"remove\"}")).isInstanceOf(ScimError.class);
		assertThatThrownBy(() -> patched("{\"op\": \"replace\", \"value\": \"zomaar\"}")).isInstanceOf(ScimError.class);
		assertThatThrownBy(() -> UserAttributes.stored(stored).patch(read("{\"Operations\": []}"))).isInstanceOf(ScimError.class);
		assertThatThrownBy(() -> patched("{\"op\": \"remove\", \"path\": \"userName\"}")).isInstanceOf(ScimError.class);
	}

}
