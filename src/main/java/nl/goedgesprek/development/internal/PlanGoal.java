package nl.goedgesprek.development.internal;

import java.util.List;

/**
 * A goal in the development plan as the page shows it, with its actions and the words of what it is linked
 * to (an ambition, a competency and/or a koers goal). The goal itself is the {@link DevelopmentGoal} aggregate.
 */
public record PlanGoal(long id, int version, String title, Long ambitionId, String ambition, Long competencyId,
		String competency, Long organisationGoalId, String organisationGoal, List<DevelopmentAction> actions) {

	public long done() {
		return actions.stream().filter(a -> a.status() == DevelopmentAction.Status.DONE).count();
	}

}
