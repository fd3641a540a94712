package nl.goedgesprek.people.web;

import java.io.IOException;
import java.util.HashMap;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.goedgesprek.people.PeopleAccess;

/**
 * Gives each web request a place to keep the people who ask in it ({@link PeopleAccess#VIEWERS}):
 * the address rules, the controller's checks and the navigation then read the signed-in person once.
 * Runs before Spring Security, so its address rules share it too.
 */
@Configuration(proxyBeanMethods = false)
class OneViewerPerRequest {

	/** Just after Spring's request context filter (-105), before Spring Security's chain (-100). */
	static final int ORDER = -104;

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> viewersOfTheRequest() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				request.setAttribute(PeopleAccess.VIEWERS, new HashMap<>());
				chain.doFilter(request, response);
			}

		});
		registration.setOrder(ORDER);
		return registration;
	}

}
