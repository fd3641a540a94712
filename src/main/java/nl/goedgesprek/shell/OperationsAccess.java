package nl.goedgesprek.shell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.filter.OncePerRequestFilter;

import nl.goedgesprek.people.CurrentUser;
import nl.goedgesprek.people.PeopleAccess;

/**
 * Who may see how the running system is doing. Metrics and build info: Prometheus with the bearer
 * token {@code goedgesprek.metrics.token} (compared in constant time; without a token configured no
 * request matches), or a signed-in administrator. Health details: administrators only, decided fresh
 * per request by {@link PeopleAccess#mayReadSystemHealth}; everyone else (the load balancer) gets the
 * status alone.
 */
final class OperationsAccess {

	/** The "role" Boot's health endpoint asks for before it shows details (management.endpoint.health.roles). */
	static final String HEALTH_DETAILS = "GOEDGESPREK_HEALTH_DETAILS";

	private OperationsAccess() {
	}

	static AuthorizationManager<RequestAuthorizationContext> tokenOrAdministrator(String token, PeopleAccess access) {
		byte[] expected = ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
		return (authentication, context) -> {
			String given = context.getRequest().getHeader(HttpHeaders.AUTHORIZATION);
			boolean tokenMatches = !token.isBlank() && given != null
					&& MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.UTF_8));
			return new AuthorizationDecision(tokenMatches || administrator(authentication.get(), access));
		};
	}

	private static boolean administrator(Authentication authentication, PeopleAccess access) {
		return authentication != null && authentication.getPrincipal() instanceof CurrentUser user
				&& access.mayReadSystemHealth(user.id());
	}

	/**
	 * Boot shows health details when the request "is in the role" {@value #HEALTH_DETAILS}; this filter,
	 * last in the chain, answers that from the access rules rather than from roles held since sign-in.
	 */
	static final class HealthDetails extends OncePerRequestFilter {

		private final PeopleAccess access;

		HealthDetails(PeopleAccess access) {
			this.access = access;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			chain.doFilter(new HttpServletRequestWrapper(request) {
				@Override
				public boolean isUserInRole(String role) {
					return HEALTH_DETAILS.equals(role) ? administrator(authentication, access) : super.isUserInRole(role);
				}
			}, response);
		}

	}

}
