package nl.goedgesprek.conversations.internal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.relational.core.mapping.event.AfterSaveCallback;
import org.springframework.stereotype.Component;

import nl.goedgesprek.conversations.ConversationChanged;

/**
 * Tells that a conversation changed, from Spring Data's after-save event of the {@link Conversation}
 * aggregate: every change to a conversation's status, date or kind is a save of that aggregate,
 * whichever use case makes it. Follow-up's rhythm read model listens in the same transaction.
 */
@Component
class ConversationChanges implements AfterSaveCallback<Conversation> {

	private final ApplicationEventPublisher events;

	ConversationChanges(ApplicationEventPublisher events) {
		this.events = events;
	}

	@Override
	public Conversation onAfterSave(Conversation conversation) {
		events.publishEvent(new ConversationChanged(conversation.id(), conversation.employeeId()));
		return conversation;
	}

}
