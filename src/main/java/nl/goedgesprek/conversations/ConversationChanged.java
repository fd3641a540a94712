package nl.goedgesprek.conversations;

import nl.goedgesprek.people.EmployeeId;

/**
 * A conversation of this employee was saved: its status, date or kind may have changed. Published
 * inside the transaction that saved it, for read models that must change in that same transaction
 * (they listen with a plain {@code @EventListener}, not after the commit).
 */
public record ConversationChanged(ConversationId conversation, EmployeeId employee) {
}
