package nl.goedgesprek.conversations.internal;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

import nl.goedgesprek.conversations.ConversationId;
import nl.goedgesprek.people.EmployeeId;

interface PrivateNoteRepository extends ListCrudRepository<PrivateNote, Long> {

	Optional<PrivateNote> findByConversationIdAndAuthorId(ConversationId conversationId, EmployeeId authorId);

}
