package nl.goedgesprek.development.internal;

/** A competency in the organisation's catalogue. */
public record Competency(long id, int version, String name, String description, String group, boolean active) {
}
