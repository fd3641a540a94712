package nl.goedgesprek.shared;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Moments shown to people, in Dutch time and the reader's language, whatever the server's own zone.
 * Templates call it as {@code @dates.dateTime(instant, #locale)}.
 */
@Component("dates")
public class Dates {

	public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	public String dateTime(Instant instant, Locale locale) {
		return format(instant, "d MMMM yyyy, HH:mm", locale);
	}

	public String date(Instant instant, Locale locale) {
		return format(instant, "d MMMM yyyy", locale);
	}

	public String time(Instant instant, Locale locale) {
		return format(instant, "HH:mm", locale);
	}

	private static String format(Instant instant, String pattern, Locale locale) {
		return instant == null ? "" : DateTimeFormatter.ofPattern(pattern, locale).withZone(ZONE).format(instant);
	}

}
