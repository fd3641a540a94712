package nl.goedgesprek.people.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.people.TeamId;

public interface EmployeeRepository extends ListCrudRepository<Employee, Long> {

	Optional<Employee> findByEmail(String email);

	List<Employee> findByManagerIdAndActiveTrueOrderByName(EmployeeId managerId);

	@Query("select count(*) from employee where manager_id = :managerId and active = true")
	int countActiveReports(Long managerId);

	@Query("select count(*) from employee where team_id = :teamId and active = true")
	int countActiveMembers(Long teamId);

	List<Employee> findByTeamIdAndActiveTrueOrderByName(TeamId teamId);

}
