package nl.goedgesprek.people.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

public interface TeamRepository extends ListCrudRepository<Team, Long> {

	Optional<Team> findByNameIgnoreCase(String name);

	List<Team> findAllByOrderByName();

}
