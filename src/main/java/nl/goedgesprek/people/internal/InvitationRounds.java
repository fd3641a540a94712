package nl.goedgesprek.people.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import nl.goedgesprek.people.EmployeeId;

/**
 * Inviting many people at once (a selection, everyone not yet active, the people of an import)
 * without making HR wait: the round and its members are stored in one set-based step, then worked
 * off in the background in batches of {@code goedgesprek.invitations.batch-size}, each batch one
 * transaction (links, mails in the outbox, members marked done). Exactly once: the form's request key
 * makes pressing twice one round; a member is claimed under a row lock other workers skip and is
 * done in the same transaction as its mail; people in a round still running, or with a link that
 * works, are left out of a new "everyone" round. After a restart, unfinished rounds carry on.
 */
@Service
public class InvitationRounds {

	private static final Logger log = LoggerFactory.getLogger(InvitationRounds.class);

	/** How far a round got, for the progress line. */
	public record Progress(long id, int total, int invited, int skipped, boolean started, boolean finished)
			implements java.io.Serializable {

		public int done() {
			return invited + skipped;
		}

		public int percent() {
			return total == 0 ? 100 : done() * 100 / total;
		}

	}

	private final JdbcClient jdbc;

	private final Invitations invitations;

	private final AccountLinkSettings settings;

	private final TransactionTemplate transaction;

	private final TaskExecutor background;

	private final Clock clock;

	InvitationRounds(JdbcClient jdbc, Invitations invitations, AccountLinkSettings settings,
			PlatformTransactionManager transactions,
			@org.springframework.beans.factory.annotation.Qualifier("applicationTaskExecutor") TaskExecutor background, Clock clock) {
		this.jdbc = jdbc;
		this.invitations = invitations;
		this.settings = settings;
		this.transaction = new TransactionTemplate(transactions);
		this.background = background;
		this.clock = clock;
	}

	/** Starts inviting these people who cannot sign in yet; the same request key gives the same round. */
	public long inviteSelection(EmployeeId actor, String requestKey, Collection<EmployeeId> people) {
		List<Long> ids = people.stream().map(EmployeeId::value).distinct().toList();
		return begin(actor, requestKey, true, round -> {
			for (int from = 0; from < ids.size(); from += 1000) {
				addMembers(round, " and e.id in (:ids)", ids.subList(from, Math.min(ids.size(), from + 1000)));
			}
		});
	}

	/** Starts inviting everyone who cannot sign in yet and has no invitation that still works. */
	public long inviteEveryoneNotYetActive(EmployeeId actor, String requestKey) {
		return begin(actor, requestKey, true, round -> addMembers(round, """
				 and not exists (select 1 from account_token t where t.employee_id = e.id and t.used_at is null
				                 and t.revoked_at is null and t.expires_at > :now)""", null));
	}

	/**
	 * Prepares, without starting, a round for the people of an import who cannot sign in yet: the
	 * button after the import starts it ({@link #start}).
	 * @return the round, or nothing when everyone in the file can sign in already
	 */
	public Optional<Progress> prepareForImport(EmployeeId actor, Collection<String> emails) {
		List<String> addresses = emails.stream().map(Employee::normaliseEmail).distinct().toList();
		long round = begin(actor, "import:" + java.util.UUID.randomUUID(), false, id -> {
			for (int from = 0; from < addresses.size(); from += 1000) {
				addMembers(id, " and e.email in (:ids)", addresses.subList(from, Math.min(addresses.size(), from + 1000)));
			}
		});
		return progress(round).filter(progress -> progress.total() > 0);
	}

	/** Starts a prepared round (again: harmless) and works it off in the background. */
	public void start(long round) {
		jdbc.sql("update invitation_round set started_at = :now where id = :id and started_at is null")
			.param("now", Timestamp.from(clock.instant()))
			.param("id", round)
			.update();
		background.execute(() -> work(round));
	}

	public Optional<Progress> progress(long round) {
		return jdbc.sql("""
				select r.id, r.started_at, r.finished_at,
				       (select count(*) from invitation_round_member m where m.round_id = r.id) as total,
				       (select count(*) from invitation_round_member m where m.round_id = r.id and m.outcome = 'INVITED') as invited,
				       (select count(*) from invitation_round_member m where m.round_id = r.id and m.outcome = 'SKIPPED') as skipped
				from invitation_round r where r.id = :id""")
			.param("id", round)
			.query((rs, row) -> new Progress(rs.getLong("id"), rs.getInt("total"), rs.getInt("invited"), rs.getInt("skipped"),
					rs.getTimestamp("started_at") != null, rs.getTimestamp("finished_at") != null))
			.optional();
	}

	/** Batches until no member is left; another worker on the same round takes other members. */
	public void work(long round) {
		try {
			while (Integer.valueOf(1).equals(transaction.execute(status -> batch(round)))) {
				// the next batch
			}
			jdbc.sql("""
					update invitation_round set finished_at = :now where id = :id and finished_at is null
					and not exists (select 1 from invitation_round_member m where m.round_id = :id and m.done_at is null)""")
				.param("now", Timestamp.from(clock.instant()))
				.param("id", round)
				.update();
		}
		catch (RuntimeException e) {
			log.error("Invitation round {} stopped; it carries on at the next start", round, e);
		}
	}

	/** Carries on with rounds that a stopped instance left unfinished. */
	@EventListener(ApplicationReadyEvent.class)
	void resumeUnfinished() {
		jdbc.sql("select id from invitation_round where started_at is not null and finished_at is null")
			.query(Long.class)
			.list()
			.forEach(round -> background.execute(() -> work(round)));
	}

	/** @return 1 when it did a batch, 0 when nothing was left */
	private int batch(long round) {
		EmployeeId actor = EmployeeId.of(jdbc.sql("select requested_by from invitation_round where id = :id")
			.param("id", round).query(Long.class).single());
		List<Long> members = jdbc.sql("""
				select employee_id from invitation_round_member where round_id = :id and done_at is null
				order by employee_id fetch first %d rows only for update skip locked""".formatted(Math.max(1, settings.batchSize())))
			.param("id", round)
			.query(Long.class)
			.list();
		for (Long member : members) {
			boolean invited = invitations.inviteInRound(actor, EmployeeId.of(member), round);
			jdbc.sql("update invitation_round_member set outcome = :outcome, done_at = :now where round_id = :id and employee_id = :member")
				.param("outcome", invited ? "INVITED" : "SKIPPED")
				.param("now", Timestamp.from(clock.instant()))
				.param("id", round)
				.param("member", member)
				.update();
		}
		return members.isEmpty() ? 0 : 1;
	}

	/**
	 * The round of this request key, made now (with its members, in one transaction) unless it exists.
	 * Rounds are made one at a time (a lock on the organisation row), so a new round sees who the
	 * rounds before it took.
	 */
	private long begin(EmployeeId actor, String requestKey, boolean started, java.util.function.LongConsumer members) {
		String key = requestKey == null || requestKey.isBlank() || requestKey.length() > 64
				? "request:" + java.util.UUID.randomUUID() : requestKey;
		try {
			return transaction.execute(status -> {
				jdbc.sql("select id from organisation for update").query(Long.class).list();
				Optional<Long> existing = byKey(key);
				if (existing.isPresent()) {
					return existing.get();
				}
				Instant now = clock.instant();
				jdbc.sql("""
						insert into invitation_round (request_key, requested_by, requested_at, started_at)
						values (:key, :actor, :now, :started)""")
					.param("key", key)
					.param("actor", actor.value())
					.param("now", Timestamp.from(now))
					.param("started", started ? Timestamp.from(now) : null)
					.update();
				long round = byKey(key).orElseThrow();
				members.accept(round);
				return round;
			});
		}
		catch (DuplicateKeyException sameRequestAtTheSameMoment) {
			return byKey(key).orElseThrow();
		}
		finally {
			byKey(key).filter(round -> started).ifPresent(round -> background.execute(() -> work(round)));
		}
	}

	private Optional<Long> byKey(String key) {
		return jdbc.sql("select id from invitation_round where request_key = :key").param("key", key).query(Long.class).optional();
	}

	/**
	 * Adds the people who cannot sign in yet, are active and employed, and are not waiting in another
	 * running round, narrowed by {@code where} (with {@code :ids} when given).
	 */
	private void addMembers(long round, String where, List<?> ids) {
		var insert = jdbc.sql("""
				insert into invitation_round_member (round_id, employee_id)
				select :round, e.id from employee e
				where e.active = true and e.password_hash is null
				  and (e.employment_end is null or e.employment_end >= :today)
				  and not exists (select 1 from invitation_round_member m join invitation_round r on r.id = m.round_id
				                  where m.employee_id = e.id and m.done_at is null and r.started_at is not null)"""
				+ where)
			.param("round", round)
			.param("today", LocalDate.now(clock))
			.param("now", Timestamp.from(clock.instant()));
		if (ids != null) {
			insert = insert.param("ids", ids);
		}
		insert.update();
	}

}
