package nl.goedgesprek.people.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartResolver;
import org.springframework.web.util.UrlPathHelper;

/**
 * An import file larger than the server receives ({@code spring.servlet.multipart.*}) brings HR back to
 * the import page with a message, in place of the server's bare 413 page. It runs before Spring
 * Security because the CSRF check reads the form, and reading a too-large form fails there, outside
 * any controller. Nothing is done on such a request but this redirect.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ImportUploadLimitFilter extends OncePerRequestFilter {

	private static final String UPLOAD = ImportController.PATH + "/preview";

	private static final UrlPathHelper PATHS = new UrlPathHelper();

	private final MultipartResolver multipart;

	ImportUploadLimitFilter(org.springframework.beans.factory.ObjectProvider<MultipartResolver> multipart) {
		// a web test slice may have no multipart support: then there is no upload to limit here
		this.multipart = multipart.getIfAvailable(org.springframework.web.multipart.support.StandardServletMultipartResolver::new);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || !UPLOAD.equals(PATHS.getPathWithinApplication(request))
				|| !multipart.isMultipart(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			multipart.resolveMultipart(request);
		}
		catch (MaxUploadSizeExceededException tooLarge) {
			response.setStatus(HttpStatus.SEE_OTHER.value());
			response.setHeader(HttpHeaders.LOCATION,
					request.getContextPath() + ImportController.PATH + "?" + ImportController.TOO_LARGE);
			return;
		}
		chain.doFilter(request, response);
	}

}
