package nl.goedgesprek.insights.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The suggestions are rules over shown figures: a hidden figure suggests nothing. */
class ManagerSuggestionsTests {

	private static Voice.Result voice(long employeePoints, long managerPoints, long people) {
		return new Voice.Result(Voice.Balance.of(employeePoints, managerPoints, people), Voice.Balance.of(10, 10, people),
				Voice.Balance.of(1, 1, people));
	}

	private static FollowThrough.Result followThrough(double onTime, double late, long people) {
		return new FollowThrough.Result(10, Figure.of(onTime, people), Figure.of(late, people), Figure.of(0, people),
				Figure.of(0, people), Figure.of(0, people), Figure.of(1, people));
	}

	@Test
	void employeesBringingInFewerTopicsComesFirstThenNotFeelingHeard() {
		assertThat(ManagerSuggestions.of(voice(3, 9, 6), followThrough(0.2, 0.1, 6), Figure.of(3.0, 6)))
			.containsExactly("asManager.suggestion.fewerTopics", "asManager.suggestion.heard");
	}

	@Test
	void agreementsLeftUndoneAreSuggestedWhenVoiceAndPulseAreFine() {
		assertThat(ManagerSuggestions.of(voice(9, 9, 6), followThrough(0.2, 0.1, 6), Figure.of(4.2, 6)))
			.containsExactly("asManager.suggestion.followThrough");
	}

	@Test
	void nothingToImproveSaysKeepGoingAndAHiddenFigureSuggestsNothing() {
		assertThat(ManagerSuggestions.of(voice(9, 9, 6), followThrough(0.6, 0.2, 6), Figure.of(4.5, 6)))
			.containsExactly("asManager.suggestion.keepGoing");
		assertThat(ManagerSuggestions.of(voice(1, 9, 3), followThrough(0.1, 0.1, 3), Figure.of(2.0, 3)))
			.containsExactly("asManager.suggestion.keepGoing");
	}

}
