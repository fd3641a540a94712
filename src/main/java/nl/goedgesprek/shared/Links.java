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

	/**
	 * Whether this is a path on this site ({@code /people/12?q=a}), so that going there after a step
	 * cannot lead to another site: one slash first, then never a second one, a backslash or white space
	 * where a browser would read a host ({@code //host}, {@code /\host}). The one check for every
	 * "go back to" address: the language switch, the page after sign-in, a refused form's page.
	 */
	public static boolean isLocalPath(String path) {
		return path != null && path.matches("/([^/\\\\\\s][^\\\\\\s]*)?");
	}

	/** @param path starting with a slash, such as {@code /conversations/12} */
	public URI to(String path) {
		return URI.create(base + path);
	}

}
