package nl.goedgesprek.conversations.internal;

import org.springframework.stereotype.Component;

import nl.goedgesprek.conversations.ConversationId;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.people.PeopleAccess;

/**
 * Loads a conversation for one of its two participants, and for nobody else: the need-to-know rule
 * for conversation content is asked of {@link PeopleAccess}, never re-implemented here.
 */
@Component
public class Participation {

	private final ConversationRepository conversations;

	private final PeopleAccess access;

	Participation(ConversationRepository conversations, PeopleAccess access) {
		this.conversations = conversations;
		this.access = access;
	}

	/**
	 * @throws ConversationNotFoundException when it does not exist or the viewer does not take part
	 */
	public Conversation load(EmployeeId viewer, ConversationId id) {
		return takingPart(viewer, conversations.findById(id.value()).orElseThrow(() -> new ConversationNotFoundException(id)));
	}

	/**
	 * The same rule for a conversation the caller loaded already.
	 * @throws ConversationNotFoundException when the viewer does not take part
	 */
	public Conversation takingPart(EmployeeId viewer, Conversation conversation) {
		if (!access.maySeeConversationContent(viewer, conversation.employeeId(), conversation.managerId())) {
			throw new ConversationNotFoundException(conversation.id());
		}
		return conversation;
	}

}
