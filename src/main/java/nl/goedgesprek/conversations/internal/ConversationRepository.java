package nl.goedgesprek.conversations.internal;

import org.springframework.data.repository.ListCrudRepository;

public interface ConversationRepository extends ListCrudRepository<Conversation, Long> {

}
