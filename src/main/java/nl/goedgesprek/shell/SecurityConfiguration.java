package nl.goedgesprek.shell;

import org.springframework.beans.factory.annotation.Value;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.function.Predicate;

import org.springframework.context.annotation.Bean;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import nl.goedgesprek.people.CurrentUser;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.people.PeopleAccess;
import nl.goedgesprek.shell.sso.SingleSignOnLogin;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;

import io.github.wimdeblauwe.htmx.spring.boot.security.HxRefreshHeaderAuthenticationEntryPoint;

/**
 * Form login with hashed passwords, CSRF on every form, and coarse URL rules by role. The fine rules
 * (whose data) live in {@code PeopleAccess} and are checked by each controller. Sign-in is throttled
 * ({@link SignInThrottle}); every session is registered, so a password change can end a person's
 * other sessions ({@link SessionsOfChangedPasswords}). With a provider configured, people can also sign
 * in (and out) through it ({@link SingleSignOnLogin}).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** A year: browsers keep to HTTPS for the site once they saw it over HTTPS. */
	static final long HSTS_SECONDS = 365L * 24 * 60 * 60;

	/**
	 * The actuator's addresses, for the load balancer and monitoring: health status for anyone (details
	 * for administrators), metrics and build info with the metrics token or for administrators, nothing
	 * else. Machines get a status code, never the login page; no session is made here. Health answers
	 * HEAD too: many load balancers check with HEAD and read the status code only.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain operationsFilterChain(HttpSecurity http, PeopleAccess access,
			@Value("${goedgesprek.metrics.token:}") String metricsToken) throws Exception {
		http.securityMatcher("/actuator", "/actuator/**")
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**").permitAll()
				.requestMatchers(HttpMethod.HEAD, "/actuator/health", "/actuator/health/**").permitAll()
				.requestMatchers(HttpMethod.GET, "/actuator/prometheus", "/actuator/info")
				.access(OperationsAccess.tokenOrAdministrator(metricsToken, access))
				.anyRequest().denyAll())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
			.requestCache(cache -> cache.disable())
			.exceptionHandling(errors -> errors.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
			.addFilterAfter(new OperationsAccess.HealthDetails(access), AuthorizationFilter.class);
		return http.build();
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, SignInLanguage signIn, SignInFailures failures,
			SignInThrottle throttle, SessionRegistry sessions, RequestCache savedRequests, PeopleAccess access,
			SingleSignOnLogin singleSignOn, MeterRegistry meters,
			org.springframework.boot.availability.ApplicationAvailability availability,
			@Value("${server.servlet.session.cookie.secure:false}") boolean secure) throws Exception {
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/login", "/login/sso-refused", "/error", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico").permitAll()
			.requestMatchers("/language").permitAll()
			.requestMatchers("/calendar/feed/**").permitAll()
			// Choosing a password through a link from a mail, and asking for such a link: the link is the proof.
			.requestMatchers("/password/new/*", "/password/forgotten").permitAll()
			// Coarse rules by address, each an AccessRules decision on the person as they are now.
			.requestMatchers("/admin/organisation/**", "/admin/mail/**").access(rule(access::mayManageOrganisation))
			.requestMatchers("/admin/audit/**", "/admin/audit").access(rule(access::mayReadAuditTrail))
			.requestMatchers("/admin/privacy/register", "/admin/privacy/register/**").access(rule(access::mayReadProcessingRegister))
			// Retention and erasure: HR may look (terms, the dry run, the reports), only administrators change or run.
			.requestMatchers(org.springframework.http.HttpMethod.GET, "/admin/privacy/retention").access(rule(access::maySeeRetention))
			.requestMatchers("/admin/privacy/**", "/admin/people/*/erase").access(rule(access::mayManageRetention))
			.requestMatchers("/admin/cards/**").access(rule(access::mayManageCards))
			.requestMatchers("/admin/koers/**").access(rule(access::mayManageDevelopmentCatalogues))
			.requestMatchers("/insights/**", "/insights").access(rule(access::maySeeOrganisationInsights))
			.requestMatchers("/admin/**").access(rule(access::mayManagePeople))
			.anyRequest().authenticated())
			.addFilterBefore(new SignInThrottleFilter(throttle, meters.counter("goedgesprek.signin.throttled"), availability),
					org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter.class)
			.addFilterBefore(new SignedOutWhenDeactivated(access), AuthorizationFilter.class)
			.formLogin(form -> form.loginPage("/login").successHandler(signIn).failureHandler(failures).permitAll())
			.requestCache(cache -> cache.requestCache(savedRequests))
			.sessionManagement(session -> session.maximumSessions(-1).sessionRegistry(sessions).expiredSessionStrategy(new ExpiredSessions()))
			// Signing out ends the session; it does not also empty the security context object, which
			// requests still running for that session share (a draft saving itself as you sign out would
			// otherwise find nobody signed in halfway; spring-security#3769).
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessHandler(singleSignOn.logoutSuccess())
				.clearAuthentication(false)
				.permitAll())
			.exceptionHandling(errors -> errors
				.defaultAuthenticationEntryPointFor(new HxRefreshHeaderAuthenticationEntryPoint(),
						new RequestHeaderRequestMatcher("HX-Request"))
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), request -> true))
			.headers(headers -> {
				headers
					.contentSecurityPolicy(csp -> csp.policyDirectives(
							"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
									+ "frame-ancestors 'none'; form-action 'self'" + singleSignOn.formActionSources()
									+ "; base-uri 'self'"))
					.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN));
				// Behind a proxy that ends TLS the app sees plain HTTP, and Spring Security would leave the
				// header out; with secure cookies the site is HTTPS only, so say so on every answer.
				if (secure) {
					headers.httpStrictTransportSecurity(
							hsts -> hsts.maxAgeInSeconds(HSTS_SECONDS).includeSubDomains(true).requestMatcher(AnyRequestMatcher.INSTANCE));
				}
			});
		singleSignOn.applyTo(http, signIn);
		return http.build();
	}

	/** An address rule that asks {@code PeopleAccess} about the signed-in person. */
	private static AuthorizationManager<RequestAuthorizationContext> rule(Predicate<EmployeeId> decision) {
		return (authentication, context) -> new AuthorizationDecision(
				authentication.get().getPrincipal() instanceof CurrentUser user && decision.test(user.id()));
	}

	/**
	 * Which page to come back to after signing in: full-page GETs only, never an htmx fragment (which
	 * would land the person on a bare piece of a page) nor a file the page loads.
	 */
	@Bean
	RequestCache requestCache() {
		HttpSessionRequestCache cache = new HttpSessionRequestCache();
		cache.setRequestMatcher(request -> "GET".equals(request.getMethod()) && request.getHeader("HX-Request") == null
				&& !request.getRequestURI().startsWith(request.getContextPath() + "/error")
				&& !request.getRequestURI().endsWith(".ico"));
		return cache;
	}

}
