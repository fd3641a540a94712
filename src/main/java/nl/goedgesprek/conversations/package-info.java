/**
 * The two-sided conversation and its record: planning, each side's private preparation ("eerst zelf,
 * dan samen"), the conversation with both views side by side, joint notes, the agreements made in it,
 * and the record that both acknowledge. What happens after (follow-up, the rhythm) is {@code followup}'s.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Conversations")
package nl.goedgesprek.conversations;
