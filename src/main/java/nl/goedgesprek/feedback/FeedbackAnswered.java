package nl.goedgesprek.feedback;

import nl.goedgesprek.people.EmployeeId;

/**
 * There is something new for the asker to read. For a request with names, once per answer, naming who
 * answered. For an anonymous request only once, when enough people have answered, and naming nobody:
 * a message per answer would tell the asker who answered when.
 * @param answerer who answered, or {@code null} for an anonymous request
 */
public record FeedbackAnswered(long requestId, EmployeeId asker, EmployeeId answerer) {
}
