package nl.goedgesprek.conversations.internal;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

import nl.goedgesprek.people.EmployeeId;

interface AgendaTopicRepository extends ListCrudRepository<AgendaTopic, Long> {

	/** Every topic of the pair, oldest first. */
	List<AgendaTopic> findByEmployeeIdAndManagerIdOrderById(EmployeeId employee, EmployeeId manager);

	/** Everything a person added as the employee of a pair. */
	List<AgendaTopic> findByEmployeeIdAndAddedByOrderById(EmployeeId employee, EmployeeId addedBy);

}
