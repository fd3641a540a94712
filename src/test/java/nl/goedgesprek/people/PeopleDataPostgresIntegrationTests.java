package nl.goedgesprek.people;

import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import nl.goedgesprek.support.PostgresTestDatabase;

/** The people data tests on PostgreSQL, the production database. */
class PeopleDataPostgresIntegrationTests extends PeopleDataTests {

	private static final String SCHEMA = PostgresTestDatabase.schemaFor(PeopleDataPostgresIntegrationTests.class);

	@BeforeAll
	static void freshSchema() {
		PostgresTestDatabase.freshSchema(SCHEMA);
	}

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		PostgresTestDatabase.register(registry, SCHEMA);
	}

}
