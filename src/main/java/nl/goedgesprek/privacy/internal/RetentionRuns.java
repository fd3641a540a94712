package nl.goedgesprek.privacy.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.people.People;
import nl.goedgesprek.people.Person;
import nl.goedgesprek.shared.Dates;
import nl.goedgesprek.shared.ErasableData;
import nl.goedgesprek.shared.ErasableData.Term;
import nl.goedgesprek.shared.Page;
import nl.goedgesprek.shared.Refusal;

/**
 * A retention run: everything past its term goes. People whose employment ended more than the records
 * term ago are erased exactly as on request ({@link Erasure#eraseNow}); then every module removes what is
 * older than the drafts, read-log, mail and inbox terms. People under a legal hold are skipped
 * throughout, and so is anyone whose employment ended but who is still active (HR did not deactivate
 * them: perhaps they came back). The dry run is the same run in a transaction that is rolled back, so
 * it counts exactly what the real run would remove; every real run writes its counts.
 */
@Service
public class RetentionRuns {

	/** How many runs a page of reports shows. */
	public static final int PAGE_SIZE = 20;

	/** What a run removed (or a dry run would remove): counts only, never content. */
	public record Counts(int people, long recordRows, long drafts, long readLog, long mail, long inbox, int skipped) {
	}

	/** One report. {@code startedBy} is empty for the daily job. */
	public record Report(long id, Instant startedAt, EmployeeId startedBy, String startedByName, Counts counts) {
	}

	private final List<ErasableData> parts;

	private final Erasure erasure;

	private final RetentionTerms terms;

	private final LegalHolds holds;

	private final People people;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RetentionRuns(List<ErasableData> parts, Erasure erasure, RetentionTerms terms, LegalHolds holds, People people,
			JdbcClient jdbc, PlatformTransactionManager transactions, ApplicationEventPublisher events, Clock clock) {
		this.parts = parts;
		this.erasure = erasure;
		this.terms = terms;
		this.holds = holds;
		this.people = people;
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactions);
		this.events = events;
		this.clock = clock;
	}

	/** What the next run removes, were it to run now. Changes nothing. */
	public Counts dryRun() {
		return transactions.execute(status -> {
			status.setRollbackOnly();
			return apply();
		});
	}

	/**
	 * Runs retention for real, once per {@code requestKey} (a form's key, or the job's day): the same key
	 * again is refused and changes nothing.
	 * @param startedBy the administrator, or {@code null} for the daily job
	 */
	public Counts run(String requestKey, EmployeeId startedBy) {
		try {
			return transactions.execute(status -> {
				Instant started = clock.instant();
				jdbc.sql("insert into retention_run (request_key, started_by, started_at, finished_at, people,"
						+ " record_rows, drafts, read_log, mail, inbox, skipped) values (:key, :by, :at, :at, 0, 0, 0, 0, 0, 0, 0)")
					.param("key", requestKey).param("by", startedBy == null ? null : startedBy.value(), java.sql.Types.BIGINT)
					.param("at", Timestamp.from(started))
					.update();
				long id = lastRun(requestKey);
				Counts counts = apply();
				jdbc.sql("update retention_run set finished_at = :at, people = :people, record_rows = :rows, drafts = :drafts,"
						+ " read_log = :reads, mail = :mail, inbox = :inbox, skipped = :skipped where id = :id")
					.param("at", Timestamp.from(clock.instant())).param("people", counts.people())
					.param("rows", counts.recordRows()).param("drafts", counts.drafts()).param("reads", counts.readLog())
					.param("mail", counts.mail()).param("inbox", counts.inbox()).param("skipped", counts.skipped())
					.param("id", id)
					.update();
				if (startedBy != null) {
					events.publishEvent(new PrivacyAudited(startedBy.value(), null, "RETENTION_RUN", null,
							"people=" + counts.people(), started));
				}
				return counts;
			});
		}
		catch (DuplicateKeyException twice) {
			throw new Refusal("retention.refused.ranAlready");
		}
	}

	private long lastRun(String requestKey) {
		return jdbc.sql("select id from retention_run where request_key = :key").param("key", requestKey)
			.query(Long.class).single();
	}

	private Counts apply() {
		RetentionTerms.Terms now = terms.current();
		Set<Long> held = holds.heldToday();
		LocalDate today = LocalDate.now(clock.withZone(Dates.ZONE));
		int erased = 0;
		int skipped = 0;
		long rows = 0;
		for (EmployeeId departed : people.departedBefore(today.minusMonths(now.records()))) {
			Person person = people.find(departed).orElseThrow();
			if (held.contains(departed.value()) || person.active()) {
				skipped++;
				continue;
			}
			rows += erasure.eraseNow(person);
			erased++;
			events.publishEvent(new PrivacyAudited(null, "retention", "PERSON_ERASED_BY_RETENTION", departed.value(), null,
					clock.instant()));
		}
		return new Counts(erased, rows, pastTerm(Term.UNHELD_DRAFTS, now.drafts(), held),
				pastTerm(Term.READ_LOG, now.readLog(), held), pastTerm(Term.MAIL, now.mail(), held),
				pastTerm(Term.INBOX, now.inbox(), held), skipped);
	}

	private long pastTerm(Term term, int months, Set<Long> held) {
		Instant before = ZonedDateTime.now(clock.withZone(Dates.ZONE)).minusMonths(months).toInstant();
		return parts.stream().mapToLong(part -> part.pastTerm(term, before, held, true)).sum();
	}

	/** The reports, newest first. */
	public Page<Report> reports(int page) {
		long total = jdbc.sql("select count(*) from retention_run").query(Long.class).single();
		int shown = Page.clamp(page, total, PAGE_SIZE);
		List<Report> reports = jdbc.sql("select id, started_at, started_by, people, record_rows, drafts, read_log, mail,"
				+ " inbox, skipped from retention_run order by started_at desc, id desc offset " + (long) shown * PAGE_SIZE
				+ " rows fetch first " + PAGE_SIZE + " rows only")
			.query((rs, row) -> {
				Long by = rs.getObject("started_by", Long.class);
				EmployeeId who = by == null ? null : EmployeeId.of(by);
				return new Report(rs.getLong("id"), rs.getTimestamp("started_at").toInstant(), who,
						who == null ? null : people.find(who).map(Person::name).orElse(null),
						new Counts(rs.getInt("people"), rs.getLong("record_rows"), rs.getLong("drafts"), rs.getLong("read_log"),
								rs.getLong("mail"), rs.getLong("inbox"), rs.getInt("skipped")));
			})
			.list();
		return new Page<>(reports, total, shown, PAGE_SIZE);
	}

}
