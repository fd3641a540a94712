/**
 * Input van collega's: while preparing a conversation, a participant asks a few colleagues one or two
 * open questions; the answers are the asker's, who moves the ones they choose into their preparation.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Feedback")
package nl.goedgesprek.feedback;
