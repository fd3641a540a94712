package nl.goedgesprek.conversations;

import java.time.LocalDate;
import java.util.List;

import nl.goedgesprek.people.EmployeeId;

/**
 * The pulse a pair gave on the conversations they held between two dates (inclusive), for their
 * {@link PairHistory}. Follow-up keeps the pulse and provides this, so the arrow between the two modules
 * points from follow-up to conversations only.
 */
public interface PairPulses {

	List<PairHistory.Pulse> of(EmployeeId employee, EmployeeId manager, LocalDate from, LocalDate until);

}
