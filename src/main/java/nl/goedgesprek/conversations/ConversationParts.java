package nl.goedgesprek.conversations;

import java.util.List;

import nl.goedgesprek.shared.PersonalData;

/**
 * What another module keeps about one conversation, for the person's data export: follow-up's pulse.
 * The export of the conversations asks every such bean, so a conversation and what was said about it
 * afterwards stay together without conversations reading the other's tables.
 */
public interface ConversationParts {

	/** The parts kept about this conversation, each a child section of it in the export, in this order. */
	List<PersonalData.Section> of(long conversationId);

}
