package nl.goedgesprek.cards;

/** Refers to a praatkaart, whatever its version. */
public record CardId(Long value) {

	public static CardId of(Long value) {
		return value == null ? null : new CardId(value);
	}

	@Override
	public String toString() {
		return String.valueOf(value);
	}

}
