package nl.goedgesprek.people.internal;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;

/**
 * Keeps reporting lines a tree: nobody may end up (indirectly) managing their own manager. Used by
 * single edits and by the CSV import, which checks a whole batch before it changes anything.
 */
final class ReportingLines {

	private ReportingLines() {
	}

	/**
	 * @param <T> how people are identified: an id, or an email address in an import file
	 * @param employee the person who would get a new manager
	 * @param proposedManager the new manager, or {@code null}
	 * @param managerOf each person's manager as it would be after the change
	 * @return whether walking up from the proposed manager reaches the employee
	 */
	static <T> boolean wouldLoop(T employee, T proposedManager, Function<T, T> managerOf) {
		Set<T> seen = new HashSet<>();
		T current = proposedManager;
		while (current != null && seen.add(current)) {
			if (current.equals(employee)) {
				return true;
			}
			current = managerOf.apply(current);
		}
		return current != null;
	}

}
