package nl.goedgesprek.people.internal;

import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface OrganisationRepository extends ListCrudRepository<Organisation, Long> {

	@Query("select * from organisation order by id fetch first 1 rows only")
	Optional<Organisation> findTheOrganisation();

}
