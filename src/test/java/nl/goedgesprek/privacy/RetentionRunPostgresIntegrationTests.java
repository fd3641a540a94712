package nl.goedgesprek.privacy;

import nl.goedgesprek.support.OnPostgres;

/** The retention run on PostgreSQL, the production database. */
@OnPostgres
class RetentionRunPostgresIntegrationTests extends RetentionRunTests {

}
