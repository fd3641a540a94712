package nl.goedgesprek.people.scim;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.shared.Refusal;
import nl.goedgesprek.shared.TextLimits;

/**
 * The bearer tokens an identity provider uses on {@code /scim/v2}. A token is 32 random bytes, shown
 * once when made; only its SHA-256 hash is stored, so a copy of the database opens nothing. A plain
 * hash (no salt, no slow hashing) is enough for a random secret of that length, and lets a request
 * find its token with one indexed look-up.
 */
@Service
@Transactional
class ScimTokens {

	/** Writing "last used" on every request would write a row per provisioned person; once a minute tells enough. */
	private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final TextLimits limits;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ScimTokens(JdbcClient jdbc, TextLimits limits, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.limits = limits;
		this.events = events;
		this.clock = clock;
	}

	/** Who a SCIM request acts as: a token, by its name. */
	record Holder(long id, String name) {
	}

	/** Makes a token and answers its secret, the one time anyone sees it. */
	String create(EmployeeId admin, String name) {
		String trimmed = name == null ? "" : name.trim();
		Refusal.require(!trimmed.isEmpty(), "scim.tokens.error.nameRequired");
		limits.require("scim_token.name", "name", trimmed);
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = clock.instant();
		jdbc.sql("""
				insert into scim_token (name, token_hash, created_at, created_by)
				values (:name, :hash, :at, :by)""")
			.param("name", trimmed)
			.param("hash", hash(secret))
			.param("at", Timestamp.from(now))
			.param("by", admin.value())
			.update();
		events.publishEvent(new ScimTokenCreated(admin, trimmed, now));
		return secret;
	}

	void revoke(EmployeeId admin, long id) {
		Instant now = clock.instant();
		Optional<String> name = jdbc.sql("select name from scim_token where id = :id and revoked_at is null")
			.param("id", id)
			.query(String.class)
			.optional();
		name.ifPresent(tokenName -> {
			jdbc.sql("update scim_token set revoked_at = :at where id = :id and revoked_at is null")
				.param("at", Timestamp.from(now))
				.param("id", id)
				.update();
			events.publishEvent(new ScimTokenRevoked(admin, tokenName, now));
		});
	}

	@Transactional(readOnly = true)
	List<ScimToken> all() {
		return jdbc.sql("""
				select t.id, t.name, t.created_at, e.name as created_by_name, t.last_used_at, t.revoked_at
				from scim_token t left join employee e on e.id = t.created_by
				order by t.revoked_at desc nulls first, t.created_at desc, t.id desc""")
			.query((rs, row) -> new ScimToken(rs.getLong("id"), rs.getString("name"), instant(rs.getTimestamp("created_at")),
					rs.getString("created_by_name"), instant(rs.getTimestamp("last_used_at")),
					instant(rs.getTimestamp("revoked_at"))))
			.list();
	}

	/** The token this secret belongs to, unless it is unknown or revoked; notes that it was used. */
	Optional<Holder> holderOf(String secret) {
		if (secret == null || secret.isBlank() || secret.length() > 200) {
			return Optional.empty();
		}
		Instant now = clock.instant();
		Optional<Holder> holder = jdbc.sql("select id, name from scim_token where token_hash = :hash and revoked_at is null")
			.param("hash", hash(secret.trim()))
			.query((rs, row) -> new Holder(rs.getLong("id"), rs.getString("name")))
			.optional();
		holder.ifPresent(token -> jdbc.sql("""
				update scim_token set last_used_at = :now
				where id = :id and (last_used_at is null or last_used_at < :since)""")
			.param("now", Timestamp.from(now))
			.param("since", Timestamp.from(now.minus(LAST_USED_PRECISION)))
			.param("id", token.id())
			.update());
		return holder;
	}

	static String hash(String secret) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException("Every Java has SHA-256", impossible);
		}
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
