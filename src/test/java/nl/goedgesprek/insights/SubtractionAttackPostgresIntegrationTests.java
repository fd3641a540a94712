package nl.goedgesprek.insights;

import nl.goedgesprek.support.OnPostgres;

/** The attack on the generated organisation, on PostgreSQL: the rests' SQL (samples, lists of teams) runs there too. */
@OnPostgres
class SubtractionAttackPostgresIntegrationTests extends SubtractionAttackGeneratedIntegrationTests {

}
