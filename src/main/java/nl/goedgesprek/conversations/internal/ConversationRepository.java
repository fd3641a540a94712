package nl.goedgesprek.conversations.internal;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

import nl.goedgesprek.people.EmployeeId;

public interface ConversationRepository extends ListCrudRepository<Conversation, Long> {

	List<Conversation> findByEmployeeIdOrderByScheduledAtDesc(EmployeeId employeeId);

}
