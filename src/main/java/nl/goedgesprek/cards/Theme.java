package nl.goedgesprek.cards;

import java.util.List;

/**
 * A theme of a praatkaart: open questions and one statement to answer on a 1-5 scale.
 * @param key stable across the versions of a card, so statements can be followed over time
 * @param topic which of the organisation's key themes it covers, or {@code null}
 * @param warning shown above the fields, such as the no-medical-data line; may be {@code null}
 * @param required whether it must be part of every conversation with this card
 */
public record Theme(String key, Topic topic, String title, String introduction, String warning, boolean required,
		List<Question> questions, String statement) {

	public Theme {
		questions = List.copyOf(questions);
	}

	/** The answer key of this theme's 1-5 statement. */
	public String statementKey() {
		return key + ".statement";
	}

}
