package nl.goedgesprek.conversations;

import java.util.Map;

import nl.goedgesprek.people.EmployeeId;

/**
 * What another module shows beside a closed conversation's record (follow-up: the next conversation on
 * the pair's rhythm). The record page asks every such bean for its model attributes, so conversations
 * does not depend on the module that provides them.
 */
public interface RecordAside {

	/**
	 * Adds this module's attributes for the record page of {@code conversation}, seen by {@code viewer},
	 * one of its participants.
	 * @param shownAgain the page is shown again after a refused form, not opened
	 */
	void addTo(Map<String, Object> model, EmployeeId viewer, ConversationSummary conversation, boolean shownAgain);

}
