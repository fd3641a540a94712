/**
 * Follow-up all year, after the conversation: agreement follow-up (progress notes, "Mijn afspraken",
 * "hielp het?" at the next conversation), the pair's rhythm and the rhythm read model behind HR's
 * overdue list, the to-dos a conversation leaves, the in-app inbox, and the manager's team overview.
 * Driven by what conversations publishes and offers; conversations knows nothing of this module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Follow-up")
package nl.goedgesprek.followup;
