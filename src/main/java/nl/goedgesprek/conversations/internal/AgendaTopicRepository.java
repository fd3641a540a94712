package nl.goedgesprek.conversations.internal;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import nl.goedgesprek.people.EmployeeId;

interface AgendaTopicRepository extends ListCrudRepository<AgendaTopic, Long> {

	/** Every topic of the pair, oldest first. */
	@Query("select * from agenda_topic where employee_id = :employee and manager_id = :manager order by id")
	List<AgendaTopic> findByEmployeeIdAndManagerIdOrderById(EmployeeId employee, EmployeeId manager);

	/** Everything a person added as the employee of a pair. */
	@Query("select * from agenda_topic where employee_id = :employee and added_by = :addedBy order by id")
	List<AgendaTopic> findByEmployeeIdAndAddedByOrderById(EmployeeId employee, EmployeeId addedBy);

}
