package nl.goedgesprek.conversations.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import nl.goedgesprek.conversations.ConversationId;

public interface NoteRepository extends ListCrudRepository<Note, Long> {

	@Query("select * from note where conversation_id = :conversationId and theme_key = :themeKey")
	Optional<Note> findByConversationIdAndThemeKey(ConversationId conversationId, String themeKey);

	@Query("select * from note where conversation_id = :conversationId")
	List<Note> findByConversationId(ConversationId conversationId);

}
