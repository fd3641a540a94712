package nl.goedgesprek.development.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * What a year story tells, compiled once and kept as it was: no rating and no score of the person,
 * only what happened and how the pair experienced it.
 */
public record YearStoryFacts(List<Held> held, long agreementsDone, long agreementsNotAchieved, long agreementsDropped,
		long agreementsOpen, List<Line> agreements, List<Goal> plan, List<Thanks> appreciation, List<Point> pulse,
		List<Point> wellbeing) {

	public record Held(LocalDate date, String kind) {
	}

	public record Line(String description, String status) {
	}

	public record Goal(String title, long actionsDone, long actions) {
	}

	/**
	 * @param appreciationId the item it was compiled from, so a reader sees it only while the recipient
	 *        shows it to their manager; {@code null} in stories compiled before it was kept
	 */
	public record Thanks(Long appreciationId, String giver, LocalDate date, String text, String competency) {
	}

	/** The same facts with other appreciation. */
	public YearStoryFacts withAppreciation(List<Thanks> shown) {
		return new YearStoryFacts(held, agreementsDone, agreementsNotAchieved, agreementsDropped, agreementsOpen,
				agreements, plan, shown, pulse, wellbeing);
	}

	/** @param value 1-5; for the pulse, {@code second} is the "felt heard" answer */
	public record Point(LocalDate date, String side, int value, Integer second) {
	}

}
