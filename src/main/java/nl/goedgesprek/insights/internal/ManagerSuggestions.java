package nl.goedgesprek.insights.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * One or two suggestions for a manager's next conversations, drawn by plain rules from the figures of
 * their own conversations (never from a figure that is not shown). Most telling first: whose topics
 * fill the conversation, whether employees feel heard, what became of agreements, who writes in the
 * preparation.
 */
final class ManagerSuggestions {

	/** Below this share the employees bring in less than the manager. */
	static final double HALF = 0.5;

	/** A pulse answer (1-5) below this on average asks for attention. */
	static final double HEARD_ENOUGH = 3.5;

	static final int MAX = 2;

	private ManagerSuggestions() {
	}

	/** Message keys, at most {@link #MAX}; "keep going" when no rule applies. */
	static List<String> of(Voice.Result voice, FollowThrough.Result followThrough, Figure heard) {
		List<String> keys = new ArrayList<>();
		if (below(voice.talkingPoints().employeeShare(), HALF)) {
			keys.add("asManager.suggestion.fewerTopics");
		}
		if (below(heard, HEARD_ENOUGH)) {
			keys.add("asManager.suggestion.heard");
		}
		Double onTime = followThrough.doneOnTime().visible();
		Double late = followThrough.doneLate().visible();
		if (onTime != null && late != null && onTime + late < HALF) {
			keys.add("asManager.suggestion.followThrough");
		}
		if (below(voice.words().employeeShare(), HALF)) {
			keys.add("asManager.suggestion.fewerWords");
		}
		return keys.isEmpty() ? List.of("asManager.suggestion.keepGoing") : keys.subList(0, Math.min(MAX, keys.size()));
	}

	private static boolean below(Figure figure, double limit) {
		return figure.shown() && figure.value() < limit;
	}

}
