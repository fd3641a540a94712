package nl.goedgesprek.development.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import nl.goedgesprek.conversations.Side;
import nl.goedgesprek.people.EmployeeId;

/** A year story as its two authors see it. */
public record YearStory(long id, EmployeeId employeeId, EmployeeId managerId, LocalDate periodStart,
		LocalDate periodEnd, YearStoryFacts facts, Instant compiledAt, String employeeReflection,
		int employeeReflectionVersion, String managerReflection, int managerReflectionVersion, Instant lockedAt,
		Set<String> acknowledgements, List<View> views) {

	/** The employee's zienswijze, appended and never changed. */
	public record View(String text, Instant writtenAt) {
	}

	/** The same story with other facts, for a reader who may see less than the snapshot holds. */
	public YearStory withFacts(YearStoryFacts shown) {
		return new YearStory(id, employeeId, managerId, periodStart, periodEnd, shown, compiledAt, employeeReflection,
				employeeReflectionVersion, managerReflection, managerReflectionVersion, lockedAt, acknowledgements, views);
	}

	public boolean has(Side side, String kind) {
		return acknowledgements.contains(side.name() + ":" + kind);
	}

	public boolean locked() {
		return lockedAt != null;
	}

	public boolean acknowledgedByAnyone() {
		return !acknowledgements.isEmpty();
	}

	public Side sideOf(EmployeeId viewer) {
		return viewer.equals(employeeId) ? Side.EMPLOYEE : Side.MANAGER;
	}

	public String reflectionOf(Side side) {
		return side == Side.EMPLOYEE ? employeeReflection : managerReflection;
	}

	public int reflectionVersionOf(Side side) {
		return side == Side.EMPLOYEE ? employeeReflectionVersion : managerReflectionVersion;
	}

}
