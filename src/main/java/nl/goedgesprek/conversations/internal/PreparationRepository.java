package nl.goedgesprek.conversations.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import nl.goedgesprek.conversations.ConversationId;
import nl.goedgesprek.conversations.Side;

public interface PreparationRepository extends ListCrudRepository<Preparation, Long> {

	@Query("select * from preparation where conversation_id = :conversationId and side = :side")
	Optional<Preparation> findByConversationIdAndSide(ConversationId conversationId, Side side);

	@Query("select * from preparation where conversation_id = :conversationId")
	List<Preparation> findByConversationId(ConversationId conversationId);

}
