package nl.goedgesprek.conversations.internal;

import java.util.List;
import java.util.Map;

/** What the preparation form holds at one moment: answers and scores by key, talking points, appreciation. */
public record PreparationDraft(Map<String, String> texts, Map<String, Integer> scores, List<String> talkingPoints,
		String appreciation) {
}
