package nl.goedgesprek.conversations.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.util.MultiValueMap;

import nl.goedgesprek.conversations.internal.PreparationDraft;
import nl.goedgesprek.shared.Refusal;

/**
 * The preparation form's fields as a draft: {@code a.KEY} answers, {@code s.KEY} 1-5 scores, any
 * number of {@code talkingPoint}s and {@code appreciation}. Which keys exist and how long each text may
 * be is checked where the card is known ({@code Preparing}).
 */
final class PreparationForm {

	private PreparationForm() {
	}

	/** For saving: a score that is not empty and not 1 to 5 is refused, never dropped. */
	static PreparationDraft strictly(MultiValueMap<String, String> form) {
		return read(form, true);
	}

	/** For showing typed text again after a refusal: what cannot be read is left out. */
	static PreparationDraft leniently(MultiValueMap<String, String> form) {
		return read(form, false);
	}

	private static PreparationDraft read(MultiValueMap<String, String> form, boolean strict) {
		Map<String, String> texts = new HashMap<>();
		Map<String, Integer> scores = new HashMap<>();
		form.forEach((name, values) -> {
			String value = values.isEmpty() ? null : values.get(0);
			if (name.startsWith("a.") && value != null) {
				texts.put(name.substring(2), value);
			}
			else if (name.startsWith("s.") && value != null && !value.isBlank()) {
				if (value.trim().matches("[1-5]")) {
					scores.put(name.substring(2), Integer.valueOf(value.trim()));
				}
				else if (strict) {
					throw Refusal.onField(name, "preparation.error.score");
				}
			}
		});
		List<String> talkingPoints = new ArrayList<>(form.getOrDefault("talkingPoint", List.of()));
		return new PreparationDraft(texts, scores, talkingPoints, form.getFirst("appreciation"));
	}

}
