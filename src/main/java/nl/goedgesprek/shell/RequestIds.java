package nl.goedgesprek.shell;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.MDC;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every log line written while serving one request carries the same request id (the MDC key
 * {@value #MDC_KEY}: in the plain log between brackets, in JSON logs as a field), so one person's
 * trouble can be followed through the log. A proxy or load balancer that already gave the request an id
 * in {@value #HEADER} is followed, when that id is short and plain (letters, digits, {@code . _ -}; never
 * anything that could forge a log line); otherwise a new one is made. The answer carries the id back.
 */
@Configuration(proxyBeanMethods = false)
class RequestIds {

	static final String HEADER = "X-Request-Id";

	static final String MDC_KEY = "requestId";

	private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._-]{1,64}");

	@Bean
	FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
		FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
		// before everything else, Spring Session and Spring Security included, so their lines carry it too
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	static String idFor(String incoming) {
		return incoming != null && WELL_FORMED.matcher(incoming).matches() ? incoming : UUID.randomUUID().toString();
	}

	static final class RequestIdFilter extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String id = request.getAttribute(MDC_KEY) instanceof String known ? known : idFor(request.getHeader(HEADER));
			request.setAttribute(MDC_KEY, id);
			response.setHeader(HEADER, id);
			MDC.put(MDC_KEY, id);
			try {
				chain.doFilter(request, response);
			}
			finally {
				MDC.remove(MDC_KEY);
			}
		}

		@Override
		protected boolean shouldNotFilterErrorDispatch() {
			// an error page rendered for this request is still this request
			return false;
		}

	}

}
