package nl.goedgesprek.feedback.internal;

import java.time.LocalDate;
import java.util.List;

import nl.goedgesprek.people.EmployeeId;

/**
 * What the asker chose: whom to ask, which questions of the card (by key), by when, with names or
 * anonymously, and why they ask.
 */
public record NewRequest(List<EmployeeId> colleagues, List<String> questionKeys, LocalDate dueOn, boolean anonymous,
		String reason) {

	public NewRequest {
		colleagues = colleagues == null ? List.of() : colleagues.stream().distinct().toList();
		questionKeys = questionKeys == null ? List.of() : questionKeys.stream().distinct().toList();
	}

}
