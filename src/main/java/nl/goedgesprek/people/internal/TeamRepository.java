package nl.goedgesprek.people.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface TeamRepository extends ListCrudRepository<Team, Long> {

	@Query("select * from team where upper(name) = upper(:name)")
	Optional<Team> findByNameIgnoreCase(String name);

	@Query("select * from team order by name")
	List<Team> findAllByOrderByName();

}
