package nl.goedgesprek.shell.sso;

import java.util.HashMap;
import java.util.Map;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import nl.goedgesprek.people.SingleSignOn;

/**
 * Turns the provider's (already validated) ID token into a person of ours: Spring's own service reads
 * the user info, then {@link SingleSignOn} matches the verified address to an existing, active person.
 * Anyone else is refused; nobody is created.
 */
final class SsoUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

	private final OidcUserService provider = new OidcUserService();

	private final SingleSignOn people;

	SsoUserService(SingleSignOn people) {
		this.people = people;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		OidcUser vouched = provider.loadUser(request);
		// The ID token's claims win over user info for the address: the token is what the provider signed for us.
		Map<String, Object> claims = new HashMap<>();
		if (vouched.getUserInfo() != null) {
			claims.putAll(vouched.getUserInfo().getClaims());
		}
		claims.putAll(vouched.getIdToken().getClaims());
		SingleSignOn.Match match = people.match(claims);
		if (match.user() == null) {
			throw new SsoRefusal(match.refusal(), match.subject(), match.email());
		}
		return new SsoUser(match.user(), vouched.getIdToken(), vouched.getUserInfo());
	}

}
