package nl.goedgesprek.calendar;

import java.net.URI;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.shared.Links;

/**
 * Each person's secret calendar feed address. Whoever knows it can read the person's conversation
 * dates and partners, so it is long and random, and the person can replace or revoke it at any time.
 */
@Service
@Transactional
public class CalendarFeeds {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final Links links;

	private final Clock clock;

	CalendarFeeds(JdbcClient jdbc, Links links, Clock clock) {
		this.jdbc = jdbc;
		this.links = links;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Optional<URI> addressOf(EmployeeId person) {
		return jdbc.sql("select token from calendar_feed where employee_id = :person")
			.param("person", person.value())
			.query(String.class)
			.optional()
			.map(this::address);
	}

	/** A new address; the old one stops working at once. */
	public URI renew(EmployeeId person) {
		revoke(person);
		String token = newToken();
		jdbc.sql("insert into calendar_feed (employee_id, token, created_at) values (:person, :token, :now)")
			.param("person", person.value())
			.param("token", token)
			.param("now", Timestamp.from(clock.instant()))
			.update();
		return address(token);
	}

	public void revoke(EmployeeId person) {
		jdbc.sql("delete from calendar_feed where employee_id = :person").param("person", person.value()).update();
	}

	/** Whose feed this is; empty for an unknown or revoked address. */
	@Transactional(readOnly = true)
	public Optional<EmployeeId> ownerOf(String token) {
		if (token == null || token.length() != 43) {
			return Optional.empty();
		}
		return jdbc.sql("select employee_id from calendar_feed where token = :token")
			.param("token", token)
			.query(Long.class)
			.optional()
			.map(EmployeeId::of);
	}

	private URI address(String token) {
		return links.to("/calendar/feed/" + token + ".ics");
	}

	/** 32 random bytes, URL-safe: 43 characters. */
	private static String newToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
