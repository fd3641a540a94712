package nl.goedgesprek.support;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.servlet.http.Cookie;

import org.springframework.test.web.servlet.MvcResult;

/**
 * Sessions live in the database (Spring Session), found by their cookie, as a browser sends it: a test
 * that goes on as the same person carries the cookie a response set, not a {@code MockHttpSession}
 * (which Spring Session does not read).
 */
public final class SessionCookies {

	public static final String NAME = "SESSION";

	private SessionCookies() {
	}

	/** The session cookie this response set. */
	public static Cookie from(MvcResult result) {
		Cookie cookie = result.getResponse().getCookie(NAME);
		if (cookie == null) {
			throw new IllegalStateException("The response set no session cookie");
		}
		return cookie;
	}

	/** The session's id in the database (the cookie holds it in Base64). */
	public static String sessionId(Cookie cookie) {
		return new String(Base64.getDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8);
	}

}
