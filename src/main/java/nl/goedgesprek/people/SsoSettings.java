package nl.goedgesprek.people;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The one OpenID Connect provider an organisation signs in with ({@code goedgesprek.sso.*}, or the
 * environment variables {@code GOEDGESPREK_SSO_*}). Without an issuer nothing of single sign-on is set
 * up and passwords work as always.
 *
 * @param issuerUri the provider's issuer, whose {@code /.well-known/openid-configuration} says the rest
 * @param clientId this application's client id at the provider
 * @param clientSecret its secret
 * @param name what the login page calls the provider ("Inloggen met {name}")
 * @param emailClaim the claim holding the address people are known by here ({@code email}; Entra ID
 *        often {@code preferred_username} or {@code upn})
 * @param trustUnverifiedEmail whether an address may be used when the provider does not say it is
 *        verified (no {@code email_verified} claim, as with Entra ID's {@code preferred_username}); an
 *        explicit {@code email_verified: false} is always refused
 * @param only whether single sign-on is the only way in (passwords switched off)
 * @param breakGlassEmail the one administrator who may still use a password when {@code only} is set
 */
@ConfigurationProperties("goedgesprek.sso")
public record SsoSettings(String issuerUri, String clientId, String clientSecret, String name,
		@DefaultValue("email") String emailClaim, boolean trustUnverifiedEmail, boolean only, String breakGlassEmail) {

	/** The registration id: the sign-in address is {@code /oauth2/authorization/sso}. */
	public static final String REGISTRATION_ID = "sso";

	public boolean configured() {
		return issuerUri != null && !issuerUri.isBlank() && clientId != null && !clientId.isBlank();
	}

}
