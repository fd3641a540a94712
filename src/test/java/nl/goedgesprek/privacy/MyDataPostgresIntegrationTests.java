package nl.goedgesprek.privacy;

import org.springframework.boot.test.context.SpringBootTest;

import nl.goedgesprek.support.OnPostgres;

/**
 * The same as {@link MyDataIntegrationTests} on PostgreSQL: the ZIP in a {@code bytea} column, the
 * heartbeat and expiry comparisons, and the unshared-draft rule on the production database.
 */
@SpringBootTest(properties = "spring.application.name=mydatapg")
@OnPostgres
class MyDataPostgresIntegrationTests extends MyDataIntegrationTests {

}
