package nl.goedgesprek.people.scim;

import java.io.IOException;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /scim/**} has its own security chain, before the one for people with a browser: a bearer
 * token per request, no session, no cookie, no CSRF token (no browser sends these requests, and no
 * cookie could carry an attacker's request in). A missing, unknown or revoked token gets a SCIM error
 * body with 401; nothing else of the application is reachable with a token.
 */
@Configuration(proxyBeanMethods = false)
class ScimSecurityConfiguration {

	static final String AUTHORITY = "SCIM_PROVISIONING";

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE + 10)
	SecurityFilterChain scimFilterChain(HttpSecurity http, ScimTokens tokens, JsonMapper json) throws Exception {
		http.securityMatcher("/scim/**")
			.authorizeHttpRequests(requests -> requests.anyRequest().hasAuthority(AUTHORITY))
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.requestCache(cache -> cache.disable())
			.anonymous(anonymous -> anonymous.disable())
			.logout(logout -> logout.disable())
			.addFilterBefore(new BearerToken(tokens), AuthorizationFilter.class)
			.exceptionHandling(errors -> errors
				.authenticationEntryPoint((request, response, failure) -> {
					response.setHeader("WWW-Authenticate", "Bearer realm=\"goedgesprek-scim\"");
					write(json, response, HttpStatus.UNAUTHORIZED, "A valid bearer token is required");
				})
				.accessDeniedHandler((request, response, denied) -> write(json, response, HttpStatus.FORBIDDEN,
						"This token may not do that")));
		return http.build();
	}

	private static void write(JsonMapper json, HttpServletResponse response, HttpStatus status, String detail)
			throws IOException {
		response.setStatus(status.value());
		response.setContentType(Scim.MEDIA_TYPE.toString());
		json.writeValue(response.getOutputStream(), Scim.error(status, null, detail));
	}

	/** A request that holds a live token acts as that token, for this request only. */
	static final class Provisioner extends AbstractAuthenticationToken {

		private final ScimTokens.Holder token;

		Provisioner(ScimTokens.Holder token) {
			super(List.of(new SimpleGrantedAuthority(AUTHORITY)));
			this.token = token;
			setAuthenticated(true);
		}

		@Override
		public Object getCredentials() {
			return null;
		}

		@Override
		public Object getPrincipal() {
			return token;
		}

	}

	private static final class BearerToken extends OncePerRequestFilter {

		private final ScimTokens tokens;

		BearerToken(ScimTokens tokens) {
			this.tokens = tokens;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String header = request.getHeader("Authorization");
			if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
				tokens.holderOf(header.substring(7).trim()).ifPresent(token -> {
					SecurityContext context = SecurityContextHolder.createEmptyContext();
					context.setAuthentication(new Provisioner(token));
					SecurityContextHolder.setContext(context);
				});
			}
			chain.doFilter(request, response);
		}

	}

}
