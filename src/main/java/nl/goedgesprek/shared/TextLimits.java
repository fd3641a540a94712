package nl.goedgesprek.shared;

import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How long each stored text may be, read from the database schema when the application starts: the
 * migrations say it once, and the server's check and the form's {@code maxlength} ask here, so the
 * three never disagree and no text is cut without a word. A column is named {@code table.column}.
 * Templates read it as {@code ${@limits.of('note.text')}}.
 */
@Component("limits")
public class TextLimits {

	private final Map<String, Integer> lengths = new HashMap<>();

	TextLimits(JdbcClient jdbc) {
		jdbc.sql("""
				select table_name, column_name, character_maximum_length from information_schema.columns
				where table_schema = current_schema and character_maximum_length is not null""")
			.query((rs, row) -> lengths.put((rs.getString(1) + "." + rs.getString(2)).toLowerCase(),
					(int) Math.min(Integer.MAX_VALUE, rs.getLong(3))))
			.list();
	}

	/** The longest text {@code table.column} holds. */
	public int of(String column) {
		Integer length = lengths.get(column.toLowerCase());
		if (length == null) {
			throw new IllegalArgumentException("No text column " + column);
		}
		return length;
	}

	/**
	 * The text, when it fits its column.
	 * @param field the form field it came from, for the message next to it
	 * @throws Refusal saying how long it is and how long it may be
	 */
	public String require(String column, String field, String text) {
		int max = of(column);
		if (text != null && text.length() > max) {
			throw Refusal.onField(field, "input.error.tooLong", max, text.length());
		}
		return text;
	}

}
