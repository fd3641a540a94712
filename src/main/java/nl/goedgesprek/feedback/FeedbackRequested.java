package nl.goedgesprek.feedback;

import java.time.LocalDate;

import nl.goedgesprek.people.EmployeeId;

/**
 * A colleague was asked for input: they get an inbox message and a mail that lead to their answer page.
 * @param answerId the colleague's own answer, whose page is {@code /feedback/answers/<answerId>}
 * @param dueOn the day by which the asker would like an answer
 */
public record FeedbackRequested(long requestId, long answerId, EmployeeId asker, EmployeeId colleague,
		LocalDate dueOn) {
}
