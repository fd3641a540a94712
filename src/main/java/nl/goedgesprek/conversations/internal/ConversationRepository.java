package nl.goedgesprek.conversations.internal;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import nl.goedgesprek.people.EmployeeId;

public interface ConversationRepository extends ListCrudRepository<Conversation, Long> {

	@Query("select * from conversation where employee_id = :employeeId order by scheduled_at desc")
	List<Conversation> findByEmployeeIdOrderByScheduledAtDesc(EmployeeId employeeId);

}
