package nl.goedgesprek.people;


import nl.goedgesprek.support.OnPostgres;

/** The people data tests on PostgreSQL, the production database. */
@OnPostgres
class PeopleDataPostgresIntegrationTests extends PeopleDataTests {

}
