/**
 * Inzicht: whether the good conversation really happens, as aggregates over groups of at least five
 * people, never anyone's content. Read models only: it reads, nobody calls it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Insights")
package nl.goedgesprek.insights;
