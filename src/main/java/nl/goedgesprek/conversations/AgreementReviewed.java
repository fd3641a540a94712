package nl.goedgesprek.conversations;

/** A participant said whether a finished agreement helped. */
public record AgreementReviewed(long agreementId, Side side) {
}
