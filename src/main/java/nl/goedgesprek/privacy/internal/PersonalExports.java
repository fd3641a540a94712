package nl.goedgesprek.privacy.internal;

import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import nl.goedgesprek.people.EmployeeId;

/**
 * Exports of everything about a person, built in the background. Several app nodes share one
 * database, so the build's state and the finished ZIP live in {@code personal_export}: any node shows
 * the progress and serves the file. The node that builds beats every few seconds; a build whose beat
 * stopped for {@link #STALE} (its node died or restarted) is stale, and the person may start another.
 * A finished file is kept {@link #KEEP} and then deleted by a job that runs once across nodes; a new
 * export replaces the person's earlier files, so each person has one at most. A person reaches only
 * their own exports: every question carries their id.
 */
@Service
public class PersonalExports implements SmartLifecycle {

	public enum Status { BUILDING, READY, FAILED }

	static final Duration KEEP = Duration.ofDays(7);

	static final Duration STALE = Duration.ofMinutes(1);

	/** How many days a finished export is kept: for the processing description. */
	public static long keepDays() {
		return KEEP.toDays();
	}

	static final Duration BEAT = Duration.ofSeconds(10);

	private static final Logger log = LoggerFactory.getLogger(PersonalExports.class);

	private final JdbcClient jdbc;

	private final EverythingAboutYou everything;

	private final ExportFiles files;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final String node;

	private final Set<Long> building = ConcurrentHashMap.newKeySet();

	private final int threads;

	private ExecutorService builders;

	private ScheduledExecutorService heart;

	PersonalExports(JdbcClient jdbc, EverythingAboutYou everything, ExportFiles files, ApplicationEventPublisher events,
			Clock clock, @Value("${goedgesprek.export.builders:1}") int threads) {
		this.jdbc = jdbc;
		this.everything = everything;
		this.files = files;
		this.events = events;
		this.clock = clock;
		String name = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();
		this.node = name.substring(Math.max(0, name.length() - 100));
		this.threads = threads;
	}

	/** One export as its owner sees it. */
	public record Export(long id, Status status, boolean stale, int stepsDone, int stepsTotal, Instant requestedAt,
			Instant finishedAt, Instant expiresAt, Long fileSize, Long buildMillis) {

		public int percent() {
			return stepsTotal == 0 ? 0 : Math.min(100, stepsDone * 100 / stepsTotal);
		}

		/** Still being built by a living node. */
		public boolean running() {
			return status == Status.BUILDING && !stale;
		}

		public boolean ready() {
			return status == Status.READY;
		}

		/** Failed, or its node died: the person may start again. */
		public boolean broken() {
			return status == Status.FAILED || (status == Status.BUILDING && stale);
		}

	}

	/**
	 * Starts building the person's export, or returns the one that is being built already (pressing
	 * twice builds once). A stale build does not count: its node died.
	 * @param locale the language of the PDF
	 */
	public long start(EmployeeId person, Locale locale) {
		Optional<Export> running = latest(person).filter(Export::running);
		if (running.isPresent()) {
			return running.get().id();
		}
		Timestamp now = Timestamp.from(clock.instant());
		var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
		jdbc.sql("""
				insert into personal_export (person_id, status, node, requested_at, heartbeat_at, steps_done, steps_total)
				values (:person, 'BUILDING', :node, :now, :now, 0, :total)""")
			.param("person", person.value()).param("node", node).param("now", now)
			.param("total", everything.steps() + 1)
			.update(keys, "id");
		long id = keys.getKeyAs(Number.class).longValue();
		// one file per person at most: a new download replaces the earlier ones (the audit trail keeps the downloads)
		jdbc.sql("""
				delete from personal_export where person_id = :person and id <> :id
				and (status <> 'BUILDING' or heartbeat_at < :stale)""")
			.param("person", person.value()).param("id", id)
			.param("stale", Timestamp.from(clock.instant().minus(STALE))).update();
		building.add(id);
		builders.execute(() -> build(id, person, locale));
		return id;
	}

	private void build(long id, EmployeeId person, Locale locale) {
		long started = System.nanoTime();
		try {
			EverythingAboutYou.Report report = everything.of(person, done -> jdbc
				.sql("update personal_export set steps_done = :done, heartbeat_at = :now where id = :id")
				.param("done", done).param("now", Timestamp.from(clock.instant())).param("id", id)
				.update());
			byte[] zip = files.zip(report, locale);
			Instant now = clock.instant();
			jdbc.sql("""
					update personal_export set status = 'READY', steps_done = steps_total, content = :content, file_size = :size,
					       finished_at = :now, heartbeat_at = :now, expires_at = :expires, build_millis = :millis
					where id = :id and status = 'BUILDING'""")
				.param("content", zip).param("size", (long) zip.length).param("now", Timestamp.from(now))
				.param("expires", Timestamp.from(now.plus(KEEP)))
				.param("millis", (System.nanoTime() - started) / 1_000_000).param("id", id)
				.update();
		}
		catch (RuntimeException failed) {
			log.error("Export {} could not be built", id, failed);
			jdbc.sql("update personal_export set status = 'FAILED', finished_at = :now where id = :id")
				.param("now", Timestamp.from(clock.instant())).param("id", id)
				.update();
		}
		finally {
			building.remove(id);
		}
	}

	/** The person's export with this id; empty for anyone else's, whatever id they try. */
	public Optional<Export> find(EmployeeId person, long id) {
		return jdbc.sql(SELECT + " where id = :id and person_id = :person")
			.param("id", id).param("person", person.value())
			.query(this::export).optional();
	}

	/** The person's newest export that has not expired, if any. */
	public Optional<Export> latest(EmployeeId person) {
		return jdbc.sql(SELECT + " where person_id = :person and (expires_at is null or expires_at > :now)"
				+ " order by requested_at desc, id desc fetch first 1 rows only")
			.param("person", person.value()).param("now", Timestamp.from(clock.instant()))
			.query(this::export).optional();
	}

	/**
	 * The ZIP of the person's own finished export, not expired; the download is a line in the audit
	 * trail. Empty for anyone else's export and for one that is not ready.
	 */
	@Transactional
	public Optional<byte[]> download(EmployeeId person, long id) {
		Optional<byte[]> file = jdbc.sql("""
				select content from personal_export
				where id = :id and person_id = :person and status = 'READY' and expires_at > :now""")
			.param("id", id).param("person", person.value()).param("now", Timestamp.from(clock.instant()))
			.query((rs, n) -> rs.getBytes("content")).optional();
		file.ifPresent(zip -> events.publishEvent(new ExportDownloaded(person.value(), id, clock.instant())));
		return file;
	}

	/** Once a day would do; hourly keeps the term honest. Runs once across nodes. */
	@Scheduled(initialDelayString = "${goedgesprek.export.cleanup-delay:PT1M}", fixedDelayString = "PT1H")
	@SchedulerLock(name = "privacy.exports.expire", lockAtMostFor = "PT10M")
	public void expire() {
		int deleted = deleteExpired();
		if (deleted > 0) {
			log.info("Deleted {} expired or dead exports", deleted);
		}
	}

	/** Deletes finished files past their term, and builds that died or failed a term ago. */
	public int deleteExpired() {
		Instant now = clock.instant();
		return jdbc.sql("""
				delete from personal_export where expires_at <= :now
				   or (status <> 'READY' and heartbeat_at < :longAgo)""")
			.param("now", Timestamp.from(now)).param("longAgo", Timestamp.from(now.minus(KEEP)))
			.update();
	}

	private static final String SELECT = """
			select id, status, heartbeat_at, steps_done, steps_total, requested_at, finished_at, expires_at, file_size,
			       build_millis from personal_export""";

	private Export export(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		Status status = Status.valueOf(rs.getString("status"));
		boolean stale = status == Status.BUILDING
				&& rs.getTimestamp("heartbeat_at").toInstant().isBefore(clock.instant().minus(STALE));
		return new Export(rs.getLong("id"), status, stale, rs.getInt("steps_done"), rs.getInt("steps_total"),
				rs.getTimestamp("requested_at").toInstant(), instant(rs.getTimestamp("finished_at")),
				instant(rs.getTimestamp("expires_at")), rs.getObject("file_size", Long.class),
				rs.getObject("build_millis", Long.class));
	}

	private static Instant instant(Timestamp at) {
		return at == null ? null : at.toInstant();
	}

	/** The beat: this node's running builds are alive. */
	private void beat() {
		for (long id : building) {
			try {
				jdbc.sql("update personal_export set heartbeat_at = :now where id = :id and status = 'BUILDING'")
					.param("now", Timestamp.from(clock.instant())).param("id", id)
					.update();
			}
			catch (RuntimeException failed) {
				log.warn("Export {}: heartbeat not written", id, failed);
			}
		}
	}

	@Override
	public void start() {
		builders = Executors.newFixedThreadPool(Math.max(1, threads), task -> {
			Thread thread = new Thread(task, "export-builder");
			thread.setDaemon(true);
			return thread;
		});
		heart = Executors.newSingleThreadScheduledExecutor(task -> {
			Thread thread = new Thread(task, "export-heartbeat");
			thread.setDaemon(true);
			return thread;
		});
		heart.scheduleWithFixedDelay(this::beat, BEAT.toMillis(), BEAT.toMillis(), TimeUnit.MILLISECONDS);
	}

	/** A build cut off here stops beating and shows as stale on every node, so its owner can start again. */
	@Override
	public void stop() {
		if (heart != null) {
			heart.shutdownNow();
			builders.shutdownNow();
			heart = null;
		}
	}

	@Override
	public boolean isRunning() {
		return heart != null;
	}

}
