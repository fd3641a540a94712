package nl.goedgesprek.cards.internal;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

public interface CardRepository extends ListCrudRepository<Card, Long> {

	List<Card> findAllByOrderByName();

}
