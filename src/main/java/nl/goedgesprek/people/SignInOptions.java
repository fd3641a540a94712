package nl.goedgesprek.people;

import org.springframework.stereotype.Component;

import nl.goedgesprek.people.internal.Employee;

/**
 * Which ways in this installation offers: passwords, single sign-on, or single sign-on only with one
 * break-glass administrator. Pages that offer a password (the login form, invitations, "wachtwoord
 * vergeten") ask {@link #passwordsAllowed()}.
 */
@Component
public class SignInOptions {

	private final SsoSettings sso;

	SignInOptions(SsoSettings sso) {
		this.sso = sso;
	}

	/** Whether people sign in with a password here; false when single sign-on is the only way in. */
	public boolean passwordsAllowed() {
		return !ssoOnly();
	}

	public boolean ssoConfigured() {
		return sso.configured();
	}

	/** Single sign-on is the only way in; only the break-glass administrator still has a password. */
	public boolean ssoOnly() {
		return sso.configured() && sso.only();
	}

	/** What the login page calls the provider, or {@code null} when it has no name configured. */
	public String ssoName() {
		return sso.name() == null || sso.name().isBlank() ? null : sso.name().trim();
	}

	/** Whether a break-glass administrator is configured: the login page then offers a small way in. */
	public boolean breakGlassConfigured() {
		return sso.breakGlassEmail() != null && !sso.breakGlassEmail().isBlank();
	}

	/** Whether this person may sign in with a password at all (see {@link AccessRules#maySignInWithPassword}). */
	public boolean mayUsePassword(String email, boolean administrator) {
		boolean breakGlass = breakGlassConfigured() && email != null
				&& Employee.normaliseEmail(email).equals(Employee.normaliseEmail(sso.breakGlassEmail()));
		return AccessRules.maySignInWithPassword(passwordsAllowed(), breakGlass, administrator);
	}

}
