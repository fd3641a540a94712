package nl.goedgesprek.shell.sso;

import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;
import org.springframework.stereotype.Component;

import nl.goedgesprek.people.CurrentUser;
import nl.goedgesprek.people.SingleSignOn;
import nl.goedgesprek.people.SsoSettings;

/**
 * Adds "Inloggen met ..." to the security set-up when a provider is configured, and nothing
 * otherwise: no OAuth2 client bean exists without {@code goedgesprek.sso.issuer-uri}.
 */
@Component
public class SingleSignOnLogin {

	/** Where signing out ends up, here or after the provider ended its session too. */
	static final String SIGNED_OUT = "/login?logout";

	private final SsoSettings settings;

	private final SingleSignOn people;

	private final ProviderRegistration provider;

	SingleSignOnLogin(SsoSettings settings, SingleSignOn people) {
		this.settings = settings;
		this.people = people;
		this.provider = settings.configured() ? new ProviderRegistration(settings) : null;
	}

	/**
	 * Switches on sign-in through the provider.
	 * @param afterSignIn what a password sign-in does next (language, the page asked for)
	 */
	public void applyTo(HttpSecurity http, AuthenticationSuccessHandler afterSignIn) throws Exception {
		if (provider == null) {
			return;
		}
		SsoFailures failures = new SsoFailures(people);
		http.oauth2Login(login -> login.loginPage("/login")
			.clientRegistrationRepository(provider)
			// Tokens live and die with the session; we keep none of them anywhere else.
			.authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
			.userInfoEndpoint(info -> info.oidcUserService(new SsoUserService(people)))
			.successHandler((request, response, authentication) -> {
				if (authentication.getPrincipal() instanceof CurrentUser user) {
					people.signedIn(user.id());
				}
				afterSignIn.onAuthenticationSuccess(request, response, authentication);
			})
			.failureHandler(failures)
			// An unreachable provider on the way out gets the same clear page, not a bare 500.
			.withObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
				@Override
				public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O filter) {
					filter.setAuthenticationFailureHandler(failures);
					return filter;
				}
			}));
	}

	/**
	 * Where forms may lead besides this site: signing out is a form whose answer sends the browser on to
	 * the provider's end-session endpoint, and browsers hold redirects after a form to the page's
	 * {@code form-action}. The endpoint is on the issuer's host with every provider we document.
	 */
	public String formActionSources() {
		if (provider == null) {
			return "";
		}
		java.net.URI issuer = java.net.URI.create(settings.issuerUri().trim());
		return " " + issuer.getScheme() + "://" + issuer.getRawAuthority();
	}

	/**
	 * After signing out here: with a provider that supports it (an {@code end_session_endpoint}), its
	 * session ends too and it sends the person back to the login page; otherwise straight there.
	 */
	public LogoutSuccessHandler logoutSuccess() {
		if (provider == null) {
			SimpleUrlLogoutSuccessHandler local = new SimpleUrlLogoutSuccessHandler();
			local.setDefaultTargetUrl(SIGNED_OUT);
			return local;
		}
		OidcClientInitiatedLogoutSuccessHandler both = new OidcClientInitiatedLogoutSuccessHandler(provider);
		both.setPostLogoutRedirectUri("{baseUrl}" + SIGNED_OUT);
		both.setDefaultTargetUrl(SIGNED_OUT);
		return both;
	}

}
