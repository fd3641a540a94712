package nl.goedgesprek.shared;

import java.net.URI;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Full addresses of pages, for places outside the browser: mail and calendars. The installation's
 * public address comes from {@code goedgesprek.base-url}.
 */
@Component
public class Links {

	private final String base;

	Links(@Value("${goedgesprek.base-url:http://localhost:8080}") String base) {
		this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
	}

	/** @param path starting with a slash, such as {@code /conversations/12} */
	public URI to(String path) {
		return URI.create(base + path);
	}

}
