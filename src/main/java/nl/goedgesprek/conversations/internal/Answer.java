package nl.goedgesprek.conversations.internal;

/** A participant's answer: text to an open question, or a score (1-5) to a theme's statement. */
public record Answer(String text, Integer score) {
}
