package nl.goedgesprek.people.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.goedgesprek.people.AccountMail;
import nl.goedgesprek.people.EmployeeId;

/**
 * The one-time links to set a password. A link's secret is 32 random bytes from {@link SecureRandom}
 * (256 bits, 43 URL-safe characters); the table keeps only its SHA-256 hash. A salted slow hash (as for
 * passwords) buys nothing here: nobody can guess 256 random bits, so a plain hash suffices and can be
 * looked up by value. A link works once, until it expires, and only while no newer link or new
 * password replaced it.
 */
@Component
public class AccountTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	AccountTokens(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A link that still works, and whose it is. */
	public record OpenLink(long id, AccountMail.Kind kind, EmployeeId employee, Instant expires) {
	}

	/** A link just made: its row, and the secret that goes into the mail and nowhere else. */
	record Issued(long id, String secret, Instant expires) {
	}

	/** A new link for this person; every older link of theirs stops working. */
	Issued issue(EmployeeId employee, AccountMail.Kind kind, Instant now, Duration validFor) {
		revokeOpen(employee, now);
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant expires = now.plus(validFor);
		jdbc.sql("""
				insert into account_token (purpose, employee_id, token_hash, created_at, expires_at)
				values (:purpose, :employee, :hash, :now, :expires)""")
			.param("purpose", kind.name())
			.param("employee", employee.value())
			.param("hash", hash(secret))
			.param("now", Timestamp.from(now))
			.param("expires", Timestamp.from(expires))
			.update();
		long id = jdbc.sql("select id from account_token where token_hash = :hash")
			.param("hash", hash(secret))
			.query(Long.class)
			.single();
		return new Issued(id, secret, expires);
	}

	/** The link with this secret, if it still works and its person may still sign in. */
	public Optional<OpenLink> open(String secret, Instant now) {
		if (secret == null || !secret.matches("[A-Za-z0-9_-]{43}")) {
			return Optional.empty();
		}
		return jdbc.sql("""
				select t.id, t.purpose, t.employee_id, t.expires_at from account_token t
				join employee e on e.id = t.employee_id
				where t.token_hash = :hash and t.used_at is null and t.revoked_at is null and t.expires_at > :now
				  and e.active = true""")
			.param("hash", hash(secret))
			.param("now", Timestamp.from(now))
			.query((rs, row) -> new OpenLink(rs.getLong(1), AccountMail.Kind.valueOf(rs.getString(2)),
					EmployeeId.of(rs.getLong(3)), rs.getTimestamp(4).toInstant()))
			.optional();
	}

	/** Uses the link up; {@code false} when it no longer worked (used a moment ago, replaced, expired). */
	boolean use(OpenLink link, Instant now) {
		return jdbc.sql("""
				update account_token set used_at = :now
				where id = :id and used_at is null and revoked_at is null and expires_at > :now""")
			.param("now", Timestamp.from(now))
			.param("id", link.id())
			.update() == 1;
	}

	/** Every link of this person that still works stops working: a newer one or a new password came. */
	void revokeOpen(EmployeeId employee, Instant now) {
		jdbc.sql("""
				update account_token set revoked_at = :now
				where employee_id = :employee and used_at is null and revoked_at is null""")
			.param("now", Timestamp.from(now))
			.param("employee", employee.value())
			.update();
	}

	static String hash(String secret) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

}
