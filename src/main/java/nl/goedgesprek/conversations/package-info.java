/**
 * The two-sided conversation: planning, each side's private preparation ("eerst zelf, dan samen"),
 * the conversation with both views side by side, joint notes, agreements, and the record that both
 * acknowledge.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Conversations")
package nl.goedgesprek.conversations;
