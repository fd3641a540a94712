/**
 * Praatkaarten (conversation cards): their themes, questions and 1-5 statements, and their versions.
 * A published version never changes; a conversation keeps the version it was planned with.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cards")
package nl.goedgesprek.cards;
