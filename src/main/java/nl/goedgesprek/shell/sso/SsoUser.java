package nl.goedgesprek.shell.sso;

import java.util.Map;

import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import nl.goedgesprek.people.CurrentUser;

/**
 * A person signed in through the provider: to the application the same {@link CurrentUser} as with a
 * password (every page and rule asks its id, roles are read fresh per request), and to Spring Security
 * an {@link OidcUser}, whose ID token lets signing out end the session at the provider as well.
 */
final class SsoUser extends CurrentUser implements OidcUser {

	private final OidcIdToken idToken;

	private final OidcUserInfo userInfo;

	SsoUser(CurrentUser person, OidcIdToken idToken, OidcUserInfo userInfo) {
		super(person);
		this.idToken = idToken;
		this.userInfo = userInfo;
	}

	@Override
	public Map<String, Object> getClaims() {
		return idToken.getClaims();
	}

	@Override
	public OidcUserInfo getUserInfo() {
		return userInfo;
	}

	@Override
	public OidcIdToken getIdToken() {
		return idToken;
	}

	@Override
	public Map<String, Object> getAttributes() {
		return idToken.getClaims();
	}

	/** The name Spring Security knows the person by: the address, as with a password. */
	@Override
	public String getName() {
		return getUsername();
	}

}
