package nl.goedgesprek.cards;

/**
 * An open question of a theme.
 * @param key stable within its card version, used to file the answers
 */
public record Question(String key, String text) {
}
