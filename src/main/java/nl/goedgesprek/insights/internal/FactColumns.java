package nl.goedgesprek.insights.internal;

import java.util.EnumMap;
import java.util.Map;

import nl.goedgesprek.cards.Topic;

/**
 * Which column of {@code insight_conversation} holds what per key theme: one place for the listener
 * that writes the rows and the queries that add them up.
 */
final class FactColumns {

	/** Whether the key theme got joint notes: only the themes the organisation requires. */
	static final Map<Topic, String> NOTED = new EnumMap<>(Map.of(Topic.RESULTS, "noted_results", Topic.DEVELOPMENT,
			"noted_development", Topic.COLLABORATION, "noted_collaboration", Topic.WELLBEING, "noted_wellbeing"));

	/** The employee's 1-5 answer to the key theme's statement. */
	static final Map<Topic, String> SCORE = new EnumMap<>(Map.of(Topic.RESULTS, "score_results", Topic.DEVELOPMENT,
			"score_development", Topic.COLLABORATION, "score_collaboration", Topic.WELLBEING, "score_wellbeing",
			Topic.DIRECTION, "score_direction"));

	private FactColumns() {
	}

}
