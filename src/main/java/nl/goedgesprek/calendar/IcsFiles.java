package nl.goedgesprek.calendar;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

import org.springframework.stereotype.Component;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.CalendarDateFormat;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Writes iCalendar (RFC 5545) text with ical4j, which takes care of escaping, line folding and UTC
 * times. Events are published, not sent as meeting requests: Goedgesprek is where a conversation is
 * planned and moved, so nobody's mail client should answer "accepted" to a person.
 */
@Component
public class IcsFiles {

	private static final String PRODUCT = "-//Goedgesprek//Goedgesprek//NL";

	/**
	 * ical4j (4.1 to 4.2.3 at least) builds its shared UTC formatter lazily in two writes: first without
	 * the zone, then with it. A second thread in between formats an instant without a zone and fails
	 * ("Unsupported field: YearOfEra"). That happened to an invitation mail right after a start, when
	 * several went out at once. So the shared formats are built here, while the class is initialised,
	 * which the JVM does once and before any thread can use this class.
	 */
	static {
		List.of(CalendarDateFormat.DATE_FORMAT, CalendarDateFormat.FLOATING_DATE_TIME_FORMAT,
				CalendarDateFormat.UTC_DATE_TIME_FORMAT, CalendarDateFormat.RELAXED_DATE_TIME_FORMAT,
				CalendarDateFormat.DEFAULT_PARSE_FORMAT)
			.forEach(IcsFiles::prepare);
	}

	/** Builds the format's formatter now, on this thread, by using it once. */
	static void prepare(CalendarDateFormat format) {
		format.format(ZonedDateTime.now(ZoneOffset.UTC));
	}

	/** An invitation, or an update when the event's revision is higher than before. */
	public String invitation(CalendarEvent event, Instant now) {
		return calendar(Method.VALUE_PUBLISH, null, List.of(vevent(event, now, false)));
	}

	/** Takes the event out of the recipient's calendar. */
	public String cancellation(CalendarEvent event, Instant now) {
		return calendar(Method.VALUE_CANCEL, null, List.of(vevent(event, now, true)));
	}

	/** A whole calendar for a subscription feed. */
	public String feed(String name, List<CalendarEvent> events, Instant now) {
		return calendar(Method.VALUE_PUBLISH, name, events.stream().map(event -> vevent(event, now, false)).toList());
	}

	private static String calendar(String method, String name, List<VEvent> events) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId(PRODUCT));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(new Method(method));
		if (name != null) {
			calendar.add(new XProperty("X-WR-CALNAME", name));
		}
		events.forEach(calendar::add);
		return calendar.toString();
	}

	private static VEvent vevent(CalendarEvent event, Instant now, boolean cancelled) {
		VEvent vevent = new VEvent(event.start(), event.duration(), event.summary());
		vevent.replace(new DtStamp(now));
		vevent.add(new Uid(event.uid()));
		vevent.add(new Sequence(event.revision()));
		if (event.description() != null) {
			vevent.add(new Description(event.description()));
		}
		if (event.url() != null) {
			vevent.add(new Url(event.url()));
		}
		vevent.add(cancelled ? new Status(Status.VALUE_CANCELLED) : new Status(Status.VALUE_CONFIRMED));
		return vevent;
	}

}
