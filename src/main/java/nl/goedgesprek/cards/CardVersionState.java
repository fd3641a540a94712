package nl.goedgesprek.cards;

/** A version is edited as a draft, then published; publishing a newer one supersedes it. */
public enum CardVersionState {

	DRAFT, PUBLISHED, SUPERSEDED

}
