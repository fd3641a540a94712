package nl.goedgesprek.cards;

/** Refers to one version of a praatkaart: what a conversation is held with. */
public record CardVersionId(Long value) {

	public static CardVersionId of(Long value) {
		return value == null ? null : new CardVersionId(value);
	}

	@Override
	public String toString() {
		return String.valueOf(value);
	}

}
