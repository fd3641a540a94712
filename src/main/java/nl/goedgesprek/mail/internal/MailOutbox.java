package nl.goedgesprek.mail.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import nl.goedgesprek.mail.MailKind;
import nl.goedgesprek.people.EmployeeId;

/**
 * The outbox table. Enqueueing is idempotent by a dedupe key; sending is claim, send, mark. A claim is
 * taken under a row lock that other instances skip ({@code FOR UPDATE SKIP LOCKED}, PostgreSQL and
 * H2) and committed before anything is sent, so no two instances ever hold the same mail.
 * <p>
 * Not a Spring bean by itself: {@link MailConfiguration} makes one for the application's database,
 * and the two-instance test makes one per simulated instance.
 */
public class MailOutbox {

	private final JdbcClient jdbc;

	private final TransactionTemplate savepoint;

	/** A claim commits before anything is sent; the sender calls it outside any transaction. */
	private final TransactionTemplate ownTransaction;

	public MailOutbox(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Puts a mail in the outbox unless a mail with this key is there already, in a savepoint of the
	 * caller's transaction (or a transaction of its own when there is none), so a clash with another
	 * instance enqueueing the same mail costs nothing else. Not a transaction of its own inside the
	 * caller's: that takes a second connection while the caller holds one, and a few listener threads
	 * doing so at once held the whole pool and waited for each other until the pool gave up
	 * ({@code SmallPoolPostgresIntegrationTests}). The mail commits with the caller's transaction: a
	 * listener that fails after it (a second mail of the same event) takes it back, and the event's
	 * retry puts both in again, once each by their keys.
	 * @return whether this call added it
	 */
	public boolean enqueue(String dedupeKey, EmployeeId recipient, String to, MailKind kind, String language,
			String subject, String body, String calendar, Instant now) {
		try {
			return Boolean.TRUE.equals(savepoint.execute(status -> {
				if (contains(dedupeKey)) {
					return false;
				}
				jdbc.sql("""
						insert into mail_outbox (dedupe_key, recipient_id, to_address, kind, language, subject, body,
						                         calendar, created_at, attempts)
						values (:key, :recipient, :to, :kind, :language, :subject, :body, :calendar, :now, 0)""")
					.param("key", dedupeKey)
					.param("recipient", recipient.value())
					.param("to", to)
					.param("kind", kind.name())
					.param("language", language)
					.param("subject", subject)
					.param("body", body)
					.param("calendar", calendar)
					.param("now", Timestamp.from(now))
					.update();
				return true;
			}));
		}
		catch (DuplicateKeyException alreadyThere) {
			return false;
		}
	}

	/**
	 * Puts a mail in the outbox as part of the caller's transaction, unless a mail with this key is there:
	 * for a mail that must go exactly when the caller's change commits (a link whose hash it stores).
	 * @return whether this call added it
	 */
	public boolean enqueueWithin(String dedupeKey, EmployeeId recipient, String to, MailKind kind, String language,
			String subject, String body, Instant now) {
		return jdbc.sql("""
				insert into mail_outbox (dedupe_key, recipient_id, to_address, kind, language, subject, body, created_at,
				                         attempts)
				select :key, :recipient, :to, :kind, :language, :subject, :body, :now, 0 from (values (1)) one
				where not exists (select 1 from mail_outbox where dedupe_key = :key)""")
			.param("key", dedupeKey)
			.param("recipient", recipient.value())
			.param("to", to)
			.param("kind", kind.name())
			.param("language", language)
			.param("subject", subject)
			.param("body", body)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	/**
	 * Once a mail with a secret link reached its recipient's server, the copy kept here need not work
	 * any more: every link in it is replaced by {@code replacement}.
	 */
	public void forgetLinks(long id, String replacement) {
		jdbc.sql("select body from mail_outbox where id = :id").param("id", id).query(String.class).optional()
			.ifPresent(body -> jdbc.sql("update mail_outbox set body = :body where id = :id")
				.param("body", body.replaceAll("https?://\\S+", java.util.regex.Matcher.quoteReplacement(replacement)))
				.param("id", id)
				.update());
	}

	public boolean contains(String dedupeKey) {
		return jdbc.sql("select count(*) from mail_outbox where dedupe_key = :key")
			.param("key", dedupeKey)
			.query(Integer.class)
			.single() > 0;
	}

	/**
	 * Claims up to {@code limit} mails that are due and not held by anyone, and commits the claim.
	 * @return the claimed mails, oldest first
	 */
	public List<OutgoingMail> claim(String instance, int limit, Instant now, Duration claimFor) {
		return ownTransaction.execute(status -> {
			List<Long> ids = jdbc.sql("""
					select id from mail_outbox
					where sent_at is null and failed_at is null and (claimed_until is null or claimed_until < :now)
					order by id
					fetch first %d rows only
					for update skip locked""".formatted(Math.max(1, limit)))
				.param("now", Timestamp.from(now))
				.query(Long.class)
				.list();
			if (ids.isEmpty()) {
				return List.of();
			}
			jdbc.sql("""
					update mail_outbox set claimed_by = :instance, claimed_until = :until, attempts = attempts + 1
					where id in (:ids)""")
				.param("instance", instance)
				.param("until", Timestamp.from(now.plus(claimFor)))
				.param("ids", ids)
				.update();
			return jdbc.sql(SELECT + " where id in (:ids) and claimed_by = :instance order by id")
				.param("ids", ids)
				.param("instance", instance)
				.query(MailOutbox::mail)
				.list();
		});
	}

	/** Marks a claimed mail sent; does nothing if the claim was lost in the meantime. */
	public void sent(long id, String instance, Instant now) {
		jdbc.sql("update mail_outbox set sent_at = :now, claimed_by = null, claimed_until = null, last_error = null "
				+ "where id = :id and claimed_by = :instance")
			.param("now", Timestamp.from(now))
			.param("id", id)
			.param("instance", instance)
			.update();
	}

	/**
	 * Gives a mail that could not be sent back to the outbox for a later attempt, or marks it failed
	 * after the last attempt.
	 */
	public void notSent(OutgoingMail mail, String instance, String error, Instant retryAt, int maxAttempts,
			Instant now) {
		boolean giveUp = mail.attempts() >= maxAttempts;
		jdbc.sql("""
				update mail_outbox set claimed_by = null, claimed_until = :retry, last_error = :error, failed_at = :failed
				where id = :id and claimed_by = :instance""")
			.param("retry", Timestamp.from(retryAt))
			.param("error", error == null ? "" : error.substring(0, Math.min(error.length(), 1000)))
			.param("failed", giveUp ? Timestamp.from(now) : null)
			.param("id", mail.id())
			.param("instance", instance)
			.update();
	}

	/** The latest mails, for the admin page in demo mode. */
	public List<OutgoingMail> latest(int limit) {
		return jdbc.sql(SELECT + " order by id desc fetch first %d rows only".formatted(Math.max(1, limit)))
			.query(MailOutbox::mail)
			.list();
	}

	public int pending() {
		return jdbc.sql("select count(*) from mail_outbox where sent_at is null and failed_at is null")
			.query(Integer.class)
			.single();
	}

	private static final String SELECT = """
			select id, kind, to_address, language, subject, body, calendar, created_at, claimed_until, sent_at,
			       failed_at, attempts, last_error
			from mail_outbox""";

	private static OutgoingMail mail(ResultSet rs, int row) throws SQLException {
		return new OutgoingMail(rs.getLong("id"), MailKind.valueOf(rs.getString("kind")), rs.getString("to_address"),
				rs.getString("language"), rs.getString("subject"), rs.getString("body"), rs.getString("calendar"),
				instant(rs, "created_at"), instant(rs, "claimed_until"), instant(rs, "sent_at"),
				instant(rs, "failed_at"), rs.getInt("attempts"), rs.getString("last_error"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}

}
