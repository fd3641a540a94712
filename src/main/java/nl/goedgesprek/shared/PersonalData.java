package nl.goedgesprek.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one module keeps about a person, for the person themself (art. 15 and 20 GDPR). Every module
 * that keeps data about a person implements this as a bean; the {@code privacy} module collects them
 * all ({@code List<PersonalData>}) and turns the same sections into the page "Alles wat over jou is
 * vastgelegd", the JSON file and the PDF, and derives the categories of its processing description
 * from {@link #sections()}. Each module reads only its own tables, and shows only what the person may
 * see today: the reveal rules stay with the code that decides them.
 * <p>
 * Section and field keys are stable English names: they are the JSON's names, and the page labels
 * them as {@code personalData.section.<key>} and {@code personalData.field.<key>}.
 */
public interface PersonalData {

	/** The keys of the sections {@link #of} may return, in the order the page shows them. */
	List<String> sections();

	/**
	 * The tables this module keeps a person's data in and shows here. A test lists every table that
	 * holds a person's id (directly or through its parent row) and fails when no module names it.
	 */
	Set<String> tables();

	/**
	 * Tables of this module that hold a person's id but are not shown, each with the message key of the
	 * reason (a secret, a copy of what another section shows, an aggregate): the processing description
	 * lists them.
	 */
	default Map<String, String> notShown() {
		return Map.of();
	}

	/** Everything this module keeps about the person, as they may see it; no section is left out when empty. */
	List<Section> of(long personId);

	/** A group of like things: "conversations", "agreements". */
	record Section(String key, List<Item> items) {

		public Section {
			items = List.copyOf(items);
		}

	}

	/** One thing kept: labelled fields and lists under it (a conversation's notes, an agreement's progress). */
	record Item(List<Field> fields, List<Section> children) {

		public Item {
			fields = List.copyOf(fields);
			children = List.copyOf(children);
		}

		/** The value of a field, or {@code null}: for tests and titles. */
		public Object value(String key) {
			return fields.stream().filter(f -> f.key().equals(key)).map(Field::value).findFirst().orElse(null);
		}

		public Section child(String key) {
			return children.stream().filter(s -> s.key().equals(key)).findFirst().orElse(new Section(key, List.of()));
		}

	}

	/**
	 * A labelled value: text, a number, a yes/no, a date ({@link LocalDate}), a moment ({@link Instant})
	 * or a local date and time; {@code code} marks a fixed value (a status, a role) that the page
	 * translates as {@code personalData.code.<value>} where it can.
	 */
	record Field(String key, Object value, boolean code) {

		public Field {
			if (value != null && !(value instanceof String || value instanceof Number || value instanceof Boolean
					|| value instanceof LocalDate || value instanceof Instant || value instanceof LocalDateTime)) {
				throw new IllegalArgumentException("Not a field value: " + value.getClass());
			}
		}

	}

	/** A column's moment, or {@code null}. */
	static Instant instant(java.sql.Timestamp at) {
		return at == null ? null : at.toInstant();
	}

	/** A column's date, or {@code null}. */
	static LocalDate date(java.sql.Date day) {
		return day == null ? null : day.toLocalDate();
	}

	/** Builds an item field by field, leaving out nothing (a {@code null} value stays, as "empty"). */
	static ItemBuilder item() {
		return new ItemBuilder();
	}

	final class ItemBuilder {

		private final List<Field> fields = new ArrayList<>();

		private final List<Section> children = new ArrayList<>();

		public ItemBuilder field(String key, Object value) {
			fields.add(new Field(key, value, false));
			return this;
		}

		/** A fixed value such as a status or a role; an enum is kept by its name. */
		public ItemBuilder code(String key, Object value) {
			fields.add(new Field(key, value == null ? null : value instanceof Enum<?> e ? e.name() : value.toString(), true));
			return this;
		}

		public ItemBuilder child(String key, List<Item> items) {
			children.add(new Section(key, items));
			return this;
		}

		public ItemBuilder child(String key, Item... items) {
			return child(key, Arrays.asList(items));
		}

		public Item build() {
			return new Item(fields, children);
		}

	}

}
