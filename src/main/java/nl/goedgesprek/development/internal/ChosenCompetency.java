package nl.goedgesprek.development.internal;

/**
 * A competency on an employee's list: chosen by them, or suggested by their manager and waiting for
 * the employee's decision.
 */
public record ChosenCompetency(Competency competency, Status status, String suggestedBy) {

	public enum Status { CHOSEN, SUGGESTED }

}
