package nl.goedgesprek.shell;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An address whose query cannot be decoded (a broken {@code %} escape, bytes that are not UTF-8: a link
 * cut off by a mail program) is answered 400 with the error page at once. Before, the first part of
 * the application to read a parameter failed halfway, and Tomcat logged it as an application error.
 * Only requests without a body are read here: a form or an upload is read where it is handled, with its
 * own limits and messages.
 */
@Configuration(proxyBeanMethods = false)
class UnreadableAddresses {

	private static final Logger log = LoggerFactory.getLogger(UnreadableAddresses.class);

	@Bean
	FilterRegistrationBean<UnreadableAddressFilter> unreadableAddressFilter() {
		FilterRegistrationBean<UnreadableAddressFilter> registration = new FilterRegistrationBean<>(
				new UnreadableAddressFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1); // right after the request id
		return registration;
	}

	static final class UnreadableAddressFilter extends OncePerRequestFilter {

		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			return request.getQueryString() == null
					|| !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()));
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			try {
				request.getParameterMap();
			}
			catch (IllegalStateException unreadable) { // Tomcat's InvalidParameterException
				log.info("Refused an address that cannot be decoded: {}", unreadable.getMessage());
				response.sendError(HttpServletResponse.SC_BAD_REQUEST);
				return;
			}
			chain.doFilter(request, response);
		}

	}

}
