package nl.goedgesprek.cards.internal;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface CardRepository extends ListCrudRepository<Card, Long> {

	@Query("select * from card order by name")
	List<Card> findAllByOrderByName();

}
