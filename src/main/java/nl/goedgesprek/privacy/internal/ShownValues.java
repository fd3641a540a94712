package nl.goedgesprek.privacy.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import nl.goedgesprek.shared.Dates;
import nl.goedgesprek.shared.PersonalData.Field;

/**
 * How the page and the PDF show a section's labels and values in the reader's language: labels from
 * {@code personalData.section.*} and {@code personalData.field.*}, fixed values from
 * {@code personalData.code.*} (the value itself when there is no text for it), dates the Dutch way.
 * Templates reach it as {@code @shownValues}.
 */
@Component("shownValues")
public class ShownValues {

	private final MessageSource messages;

	private final Dates dates;

	ShownValues(MessageSource messages, Dates dates) {
		this.messages = messages;
		this.dates = dates;
	}

	public String section(String key, Locale locale) {
		return messages.getMessage("personalData.section." + key, null, key, locale);
	}

	public String label(String key, Locale locale) {
		return messages.getMessage("personalData.field." + key, null, key, locale);
	}

	public String value(Field field, Locale locale) {
		Object value = field.value();
		if (value == null) {
			return "";
		}
		if (field.code()) {
			return messages.getMessage("personalData.code." + value, null, value.toString(), locale);
		}
		if (value instanceof Boolean yes) {
			return messages.getMessage(yes ? "personalData.yes" : "personalData.no", null, locale);
		}
		if (value instanceof Instant at) {
			return dates.dateTime(at, locale);
		}
		if (value instanceof LocalDate day) {
			return DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(day);
		}
		if (value instanceof LocalDateTime at) {
			return DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", locale).format(at);
		}
		return value.toString();
	}

	/** Long texts keep their lines. */
	public boolean isLong(Field field) {
		return field.value() instanceof String text && (text.length() > 80 || text.contains("\n"));
	}

}
