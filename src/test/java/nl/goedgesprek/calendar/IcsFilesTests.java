package nl.goedgesprek.calendar;

import java.lang.reflect.Field;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import net.fortuna.ical4j.model.CalendarDateFormat;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invitations are written by several mail threads at once (right after a start, every conversation
 * planned meanwhile). ical4j builds its shared UTC formatter lazily in two steps, and a thread that
 * came in between failed with "Unsupported field: YearOfEra": that invitation stayed unsent until a
 * restart. {@link IcsFiles} builds the shared formats before any thread can use them.
 */
class IcsFilesTests {

	private final IcsFiles ics = new IcsFiles();

	@Test
	void aFormatIsBuiltWithItsZoneOnceItIsPrepared() throws Exception {
		CalendarDateFormat fresh = new CalendarDateFormat("yyyyMMdd'T'HHmmss'Z'");
		Field formatter = CalendarDateFormat.class.getDeclaredField("formatter");
		formatter.setAccessible(true);
		assertThat(formatter.get(fresh)).as("built lazily, on first use").isNull();

		IcsFiles.prepare(fresh);

		assertThat(((DateTimeFormatter) formatter.get(fresh)).getZone()).isEqualTo(ZoneOffset.UTC);
		assertThat(formatter.get(CalendarDateFormat.UTC_DATE_TIME_FORMAT)).as("the shared one, by loading IcsFiles")
			.isNotNull();
	}

	/**
	 * What many writers at once get: each invitation whole, with its stamp and start in UTC. (The race
	 * itself shows only on the first use in a JVM; the test above is the one that holds the fix.)
	 */
	@Test
	void manyInvitationsWrittenAtOnceAllCarryTheirStampInUtc() throws Exception {
		Instant now = Instant.parse("2026-12-03T08:15:30.123456Z");
		CalendarEvent event = new CalendarEvent("uid-1@goedgesprek", Instant.parse("2026-12-10T09:00:00Z"),
				Duration.ofMinutes(45), "Check-in", null, URI.create("https://goedgesprek.example/conversations/1"), 0);
		ExecutorService threads = Executors.newFixedThreadPool(8);
		try {
			List<Callable<String>> writers = IntStream.range(0, 200)
				.<Callable<String>>mapToObj(i -> () -> ics.invitation(event, now))
				.toList();
			for (Future<String> written : threads.invokeAll(writers)) {
				assertThat(written.get()).contains("DTSTAMP:20261203T081530Z", "DTSTART:20261210T090000Z");
			}
		}
		finally {
			threads.shutdownNow();
		}
	}

}
