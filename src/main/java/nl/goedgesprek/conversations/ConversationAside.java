package nl.goedgesprek.conversations;

import java.util.Map;

import nl.goedgesprek.people.EmployeeId;

/**
 * What another module shows on a conversation's own pages: follow-up adds "hielp het?" to the talk and
 * the pulse and the next conversation on the pair's rhythm to the record. The pages ask every such bean
 * for its model attributes, so conversations does not depend on the module that provides them.
 */
public interface ConversationAside {

	/** The page asked for. */
	enum Page {

		/** The conversation going on, or looked back on. */
		TALK,

		/** The record of a closed conversation. */
		RECORD,

		/** The record shown again after a refused form, not opened. */
		RECORD_AGAIN

	}

	/**
	 * Adds this module's attributes for {@code page} of {@code conversation}, seen by {@code viewer}, one
	 * of its participants.
	 */
	void addTo(Map<String, Object> model, EmployeeId viewer, ConversationSummary conversation, Page page);

}
