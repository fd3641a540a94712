package nl.goedgesprek.people.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The administrator to create when a production database has nobody in it yet.
 */
@ConfigurationProperties("goedgesprek.first-admin")
public record FirstAdminProperties(String email, String name, String password, String organisationName) {

	boolean isConfigured() {
		return email != null && !email.isBlank() && password != null && !password.isBlank();
	}

}
