package nl.goedgesprek.privacy.internal;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.people.People;
import nl.goedgesprek.people.Person;
import nl.goedgesprek.shared.ContentRead;
import nl.goedgesprek.shared.Page;

/**
 * The read log: who opened conversation content someone else wrote, and when. A page view only puts
 * a line in a queue in memory (no statement, no transaction); a thread of its own writes the queue in
 * one batch every second, or as soon as {@value #BATCH} lines wait, and once more when the application
 * stops. Whatever reads the log writes the queue first, so this instance never shows it behind. What
 * a {@code kill -9} loses: the lines of the last second at most (on a crash of the database, the lines
 * that could not be written, once the queue holds more than {@value #MAX_WAITING}). Only inserts.
 */
@Service
public class ReadLog implements SmartLifecycle {

	/** How many lines a page shows. */
	public static final int PAGE_SIZE = 50;

	static final int BATCH = 100;

	/** Lines kept while the database cannot take them; beyond this the oldest are dropped and logged. */
	static final int MAX_WAITING = 100_000;

	private static final Logger log = LoggerFactory.getLogger(ReadLog.class);

	private final ConcurrentLinkedQueue<ContentRead> waiting = new ConcurrentLinkedQueue<>();

	private final AtomicInteger size = new AtomicInteger();

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final People people;

	private final ApplicationEventPublisher events;

	private ScheduledExecutorService writer;

	ReadLog(JdbcClient jdbc, JdbcTemplate batch, People people, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.people = people;
		this.events = events;
	}

	/** Heard on the request's own thread, synchronously: it only queues. */
	@EventListener
	void on(ContentRead read) {
		waiting.add(read);
		if (size.incrementAndGet() >= BATCH && writer != null) {
			writer.execute(this::flush);
		}
	}

	/** Writes every waiting line in one batch. Safe to call from anywhere; one writer at a time. */
	public synchronized void flush() {
		List<ContentRead> lines = new ArrayList<>();
		for (ContentRead read; (read = waiting.poll()) != null;) {
			size.decrementAndGet();
			lines.add(read);
		}
		if (lines.isEmpty()) {
			return;
		}
		try {
			batch.batchUpdate("""
					insert into read_log (at, reader_id, subject_id, kind, conversation_id, story_id)
					values (?, ?, ?, ?, ?, ?)""", lines, lines.size(), (statement, read) -> {
				statement.setTimestamp(1, Timestamp.from(read.at()));
				statement.setLong(2, read.readerId());
				statement.setLong(3, read.subjectId());
				statement.setString(4, read.kind().name());
				statement.setObject(5, read.conversationId(), Types.BIGINT);
				statement.setObject(6, read.storyId(), Types.BIGINT);
			});
		}
		catch (RuntimeException failed) {
			// keep them for the next try rather than lose them; a database away for long costs memory
			log.warn("Could not write {} lines of the read log; trying again", lines.size(), failed);
			lines.forEach(waiting::add);
			size.addAndGet(lines.size());
			while (size.get() > MAX_WAITING && waiting.poll() != null) {
				size.decrementAndGet();
				log.error("Read log line dropped: the database has not taken lines for too long");
			}
		}
	}

	@Override
	public void start() {
		writer = Executors.newSingleThreadScheduledExecutor(task -> {
			Thread thread = new Thread(task, "read-log-writer");
			thread.setDaemon(true);
			return thread;
		});
		writer.scheduleWithFixedDelay(this::flushQuietly, 1, 1, TimeUnit.SECONDS);
	}

	/**
	 * Stops after the web server (its graceful shutdown has phase DEFAULT_PHASE - 1024, its stop - 2048):
	 * the requests it lets finish on the way down may still log reads, and those are written too. At the
	 * default phase the log stopped first and such reads stayed in the queue.
	 */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 4096;
	}

	/** Before the data source closes (lifecycle beans stop before singletons are destroyed). */
	@Override
	public void stop() {
		ScheduledExecutorService stopping = writer;
		writer = null;
		if (stopping != null) {
			stopping.shutdown();
			try {
				stopping.awaitTermination(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
			}
		}
		flush();
	}

	@Override
	public boolean isRunning() {
		return writer != null;
	}

	private void flushQuietly() {
		try {
			flush();
		}
		catch (RuntimeException unexpected) {
			log.error("Read log writer failed", unexpected);
		}
	}

	/** A line as a page shows it, with names as they are now (none once a person is erased). */
	public record Line(Instant at, long readerId, String readerName, long subjectId, String subjectName,
			ContentRead.Kind kind, Long conversationId, Long storyId) {
	}

	/**
	 * What an administrator looks for.
	 * @param reader who read, or {@code null}; {@code subject} whose words, or {@code null}
	 * @param from first day, or {@code null}; {@code until} last day, or {@code null}
	 */
	public record Filter(Long reader, Long subject, LocalDate from, LocalDate until) {

		static final Filter NONE = new Filter(null, null, null, null);

		/** The filter as one short fact for the audit line; ids and dates only. */
		String describe() {
			List<String> parts = new ArrayList<>();
			if (reader != null) {
				parts.add("reader " + reader);
			}
			if (subject != null) {
				parts.add("subject " + subject);
			}
			if (from != null) {
				parts.add("from " + from);
			}
			if (until != null) {
				parts.add("until " + until);
			}
			return parts.isEmpty() ? "-" : String.join(", ", parts);
		}
	}

	/**
	 * Who opened this person's words ("Wie heeft jouw gegevens bekeken"), newest first. Not in a
	 * read-only transaction: it writes the queue first.
	 */
	public Page<Line> ofSubject(EmployeeId subject, int page) {
		flush();
		return page(new Filter(null, subject.value(), null, null), page);
	}

	/**
	 * An administrator's search for an investigation. The search itself goes into the audit trail:
	 * reading the read log is a read as well.
	 */
	@Transactional
	public Page<Line> search(EmployeeId administrator, Filter filter, int page) {
		flush();
		Page<Line> found = page(filter, page);
		events.publishEvent(new ReadLogSearched(administrator.value(), filter.subject() != null ? filter.subject()
				: filter.reader(), filter.describe() + ", page " + (found.page() + 1), Instant.now()));
		return found;
	}

	private Page<Line> page(Filter filter, int page) {
		LogConditions conditions = new LogConditions().equal("r.reader_id", "reader", filter.reader())
			.equal("r.subject_id", "subject", filter.subject())
			.from("r.at", filter.from())
			.until("r.at", filter.until());
		String where = conditions.where();
		long total = conditions.bind(jdbc.sql("select count(*) from read_log r where " + where)).query(Long.class).single();
		int shown = Page.clamp(page, total, PAGE_SIZE);
		Map<Long, String> names = new HashMap<>();
		List<Line> lines = conditions.bind(jdbc.sql("select r.at, r.reader_id, r.subject_id, r.kind, r.conversation_id, r.story_id"
				+ " from read_log r where " + where + " order by r.at desc, r.id desc offset " + (long) shown * PAGE_SIZE
				+ " rows fetch first " + PAGE_SIZE + " rows only"))
			.query((rs, row) -> {
				long reader = rs.getLong("reader_id");
				long subject = rs.getLong("subject_id");
				return new Line(rs.getTimestamp("at").toInstant(), reader, name(reader, names), subject,
						name(subject, names), ContentRead.Kind.valueOf(rs.getString("kind")),
						rs.getObject("conversation_id", Long.class), rs.getObject("story_id", Long.class));
			})
			.list();
		return new Page<>(lines, total, shown, PAGE_SIZE);
	}

	private String name(long id, Map<Long, String> names) {
		return names.computeIfAbsent(id, key -> people.find(EmployeeId.of(key)).map(Person::name).orElse(null));
	}



}
