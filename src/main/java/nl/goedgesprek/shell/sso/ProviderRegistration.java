package nl.goedgesprek.shell.sso;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

import nl.goedgesprek.people.SsoSettings;

/**
 * The one provider, read from its discovery document the first time someone signs in with it rather
 * than at start: a provider that is briefly unreachable does not keep the application (and every
 * password sign-in) from starting. Once read, it is kept.
 */
final class ProviderRegistration implements ClientRegistrationRepository {

	private final SsoSettings settings;

	private volatile ClientRegistration registration;

	ProviderRegistration(SsoSettings settings) {
		this.settings = settings;
	}

	@Override
	public ClientRegistration findByRegistrationId(String registrationId) {
		if (!SsoSettings.REGISTRATION_ID.equals(registrationId)) {
			return null;
		}
		ClientRegistration known = registration;
		if (known == null) {
			synchronized (this) {
				if (registration == null) {
					registration = discover();
				}
				known = registration;
			}
		}
		return known;
	}

	private ClientRegistration discover() {
		ClientRegistration.Builder builder = ClientRegistrations.fromIssuerLocation(settings.issuerUri().trim())
			.registrationId(SsoSettings.REGISTRATION_ID)
			.clientId(settings.clientId().trim())
			.scope("openid", "profile", "email")
			.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
			.clientName(settings.name() == null ? "" : settings.name());
		if (settings.clientSecret() != null && !settings.clientSecret().isBlank()) {
			builder.clientSecret(settings.clientSecret().trim());
		}
		else {
			// A public client (no secret) proves itself with PKCE, which Spring adds for it.
			builder.clientAuthenticationMethod(ClientAuthenticationMethod.NONE);
		}
		return builder.build();
	}

}
