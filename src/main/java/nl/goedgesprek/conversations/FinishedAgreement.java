package nl.goedgesprek.conversations;

/** An agreement finished (done or not achieved) since an earlier conversation: to look back on in a later one. */
public record FinishedAgreement(long id, String description, AgreementStatus status, Side owner) {
}
