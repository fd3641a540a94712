package nl.goedgesprek.conversations.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

import nl.goedgesprek.conversations.ConversationId;
import nl.goedgesprek.conversations.Side;

public interface PreparationRepository extends ListCrudRepository<Preparation, Long> {

	Optional<Preparation> findByConversationIdAndSide(ConversationId conversationId, Side side);

	List<Preparation> findByConversationId(ConversationId conversationId);

}
