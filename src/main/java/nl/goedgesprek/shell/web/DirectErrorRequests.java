package nl.goedgesprek.shell.web;

import java.io.IOException;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /error} is where the container shows an error that happened elsewhere; asked for directly
 * it has no error to show (Boot then answers a 500 with status "999"). A direct request gets the
 * ordinary "not found" page instead.
 */
@Component
class DirectErrorRequests extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if ("/error".equals(request.getRequestURI().substring(request.getContextPath().length()))) {
			response.sendError(HttpServletResponse.SC_NOT_FOUND);
			return;
		}
		chain.doFilter(request, response);
	}

}
