package nl.goedgesprek.people.internal;

import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface EmployeeRepository extends ListCrudRepository<Employee, Long> {

	@Query("select * from employee where email = :email")
	Optional<Employee> findByEmail(String email);

	@Query("select count(*) from employee where manager_id = :managerId and active = true")
	int countActiveReports(Long managerId);

	@Query("select count(*) from employee where team_id = :teamId and active = true")
	int countActiveMembers(Long teamId);

}
