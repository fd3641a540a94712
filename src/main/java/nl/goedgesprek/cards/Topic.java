package nl.goedgesprek.cards;

/**
 * What a theme is about, so the organisation can see its key themes covered whatever the card calls
 * them. The first four must be covered; {@link #DIRECTION} links to the koers and ambitions.
 */
public enum Topic {

	RESULTS, DEVELOPMENT, COLLABORATION, WELLBEING, DIRECTION;

	public boolean requiredByOrganisation() {
		return this != DIRECTION;
	}

}
