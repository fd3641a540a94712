package nl.goedgesprek.cards.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

import nl.goedgesprek.cards.CardId;
import nl.goedgesprek.cards.CardVersionState;

public interface CardVersionRepository extends ListCrudRepository<CardVersion, Long> {

	Optional<CardVersion> findByCardIdAndState(CardId cardId, CardVersionState state);

	List<CardVersion> findByCardIdOrderByNumberDesc(CardId cardId);

}
