package nl.goedgesprek.cards.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

import nl.goedgesprek.cards.CardId;

@ResponseStatus(HttpStatus.NOT_FOUND)
public class CardNotFoundException extends RuntimeException {

	public CardNotFoundException(CardId id) {
		super("No card " + id);
	}

}
