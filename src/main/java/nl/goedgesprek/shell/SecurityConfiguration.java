package nl.goedgesprek.shell;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import io.github.wimdeblauwe.htmx.spring.boot.security.HxRefreshHeaderAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;

/**
 * Form login with hashed passwords, CSRF on every form, and coarse URL rules by role. The fine rules
 * (whose data) live in {@code PeopleAccess} and are checked by each controller.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, SignInLanguage signIn) throws Exception {
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/login", "/error", "/css/**", "/img/**", "/webjars/**", "/favicon.ico").permitAll()
			.requestMatchers("/calendar/feed/**").permitAll()
			.requestMatchers("/admin/organisation/**", "/admin/mail/**").hasRole("ADMIN")
			.requestMatchers("/admin/**", "/insights/**", "/insights").hasAnyRole("HR", "ADMIN")
			.anyRequest().authenticated())
			.formLogin(form -> form.loginPage("/login").successHandler(signIn).permitAll())
			// Signing out ends the session; it does not also empty the security context object, which
			// requests still running for that session share (a draft saving itself as you sign out would
			// otherwise find nobody signed in halfway; spring-security#3769).
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").clearAuthentication(false)
				.permitAll())
			.exceptionHandling(errors -> errors
				.defaultAuthenticationEntryPointFor(new HxRefreshHeaderAuthenticationEntryPoint(),
						new RequestHeaderRequestMatcher("HX-Request"))
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), request -> true))
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(
						"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
								+ "frame-ancestors 'none'; form-action 'self'; base-uri 'self'"))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

}
