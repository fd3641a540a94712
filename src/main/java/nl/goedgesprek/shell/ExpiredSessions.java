package nl.goedgesprek.shell;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.session.SessionInformationExpiredEvent;
import org.springframework.security.web.session.SessionInformationExpiredStrategy;

/**
 * A session ended by a password change goes to the login page, which says why. An htmx request (a
 * draft saving itself) is told to load that page whole, rather than swap it into a piece of the page.
 */
class ExpiredSessions implements SessionInformationExpiredStrategy {

	static final String LOGIN = "/login?expired";

	@Override
	public void onExpiredSessionDetected(SessionInformationExpiredEvent event) throws IOException {
		HttpServletRequest request = event.getRequest();
		HttpServletResponse response = event.getResponse();
		if (request.getHeader("HX-Request") != null) {
			response.setHeader("HX-Redirect", request.getContextPath() + LOGIN);
			response.setStatus(HttpServletResponse.SC_NO_CONTENT);
			return;
		}
		response.sendRedirect(request.getContextPath() + LOGIN);
	}

}
