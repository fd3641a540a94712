package nl.goedgesprek.people;

/** A team's name and id, for choosing one. */
public record TeamSummary(TeamId id, String name) {
}
