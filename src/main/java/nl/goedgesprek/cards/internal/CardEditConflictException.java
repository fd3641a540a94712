package nl.goedgesprek.cards.internal;

/** Someone else changed the card since this editor opened it; nothing was saved. */
public class CardEditConflictException extends RuntimeException {

	public CardEditConflictException() {
		super("The card was changed by someone else");
	}

}
