package nl.goedgesprek.conversations.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

import nl.goedgesprek.conversations.ConversationId;

public interface NoteRepository extends ListCrudRepository<Note, Long> {

	Optional<Note> findByConversationIdAndThemeKey(ConversationId conversationId, String themeKey);

	List<Note> findByConversationId(ConversationId conversationId);

}
