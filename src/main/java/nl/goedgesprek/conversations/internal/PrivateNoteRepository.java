package nl.goedgesprek.conversations.internal;

import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import nl.goedgesprek.conversations.ConversationId;
import nl.goedgesprek.people.EmployeeId;

interface PrivateNoteRepository extends ListCrudRepository<PrivateNote, Long> {

	@Query("select * from private_note where conversation_id = :conversationId and author_id = :authorId")
	Optional<PrivateNote> findByConversationIdAndAuthorId(ConversationId conversationId, EmployeeId authorId);

}
