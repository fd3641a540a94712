package nl.goedgesprek.conversations.internal;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

import nl.goedgesprek.conversations.ConversationId;
import nl.goedgesprek.people.EmployeeId;

public interface AgreementRepository extends ListCrudRepository<Agreement, Long> {

	List<Agreement> findByConversationIdOrderById(ConversationId conversationId);

	List<Agreement> findByEmployeeIdOrManagerIdOrderByIdDesc(EmployeeId employee, EmployeeId manager);

}
