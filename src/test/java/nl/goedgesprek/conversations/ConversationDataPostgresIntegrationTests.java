package nl.goedgesprek.conversations;


import nl.goedgesprek.support.OnPostgres;

/** The conversation data tests on PostgreSQL, the production database. */
@OnPostgres
class ConversationDataPostgresIntegrationTests extends ConversationDataTests {

}
