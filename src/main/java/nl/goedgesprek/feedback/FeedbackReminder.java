package nl.goedgesprek.feedback;

import java.time.LocalDate;

import nl.goedgesprek.people.EmployeeId;

/**
 * A colleague who has not answered a request that is still open and due soon: for the one reminder.
 * @param answerId the colleague's answer page, and the reminder's dedupe key
 */
public record FeedbackReminder(long answerId, EmployeeId colleague, EmployeeId asker, LocalDate dueOn) {
}
