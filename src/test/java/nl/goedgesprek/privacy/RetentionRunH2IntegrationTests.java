package nl.goedgesprek.privacy;

/** The retention run on the embedded default, H2. */
class RetentionRunH2IntegrationTests extends RetentionRunTests {

}
