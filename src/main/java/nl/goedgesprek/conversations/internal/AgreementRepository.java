package nl.goedgesprek.conversations.internal;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import nl.goedgesprek.conversations.ConversationId;
import nl.goedgesprek.people.EmployeeId;

public interface AgreementRepository extends ListCrudRepository<Agreement, Long> {

	@Query("select * from agreement where conversation_id = :conversationId order by id")
	List<Agreement> findByConversationIdOrderById(ConversationId conversationId);

	@Query("select * from agreement where employee_id = :employee or manager_id = :manager order by id desc")
	List<Agreement> findByEmployeeIdOrManagerIdOrderByIdDesc(EmployeeId employee, EmployeeId manager);

}
