package nl.goedgesprek.cards.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import nl.goedgesprek.cards.CardId;
import nl.goedgesprek.cards.CardVersionState;

public interface CardVersionRepository extends ListCrudRepository<CardVersion, Long> {

	@Query("select * from card_version where card_id = :cardId and state = :state")
	Optional<CardVersion> findByCardIdAndState(CardId cardId, CardVersionState state);

	@Query("select * from card_version where card_id = :cardId order by number desc")
	List<CardVersion> findByCardIdOrderByNumberDesc(CardId cardId);

}
