package nl.goedgesprek.conversations;

import java.time.LocalDateTime;
import java.util.Map;

import nl.goedgesprek.people.EmployeeId;

/**
 * The rhythm as follow-up keeps it: the pairs' own check-in rhythms, and the read model HR's overdue
 * list reads (dates and the pair's rhythm, not the agreement counts). Follow-up provides this;
 * conversations asks it for its overview and its {@link RhythmFacts}, so the arrow between the two
 * modules points from follow-up to conversations only.
 */
public interface RhythmReadings {

	/** Facts for everyone in {@code currentManagers} (employee to their manager now). */
	Map<EmployeeId, RhythmFacts> overdueFacts(Map<EmployeeId, EmployeeId> currentManagers, LocalDateTime now);

}
