package nl.goedgesprek.conversations;

import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import nl.goedgesprek.support.PostgresTestDatabase;

/** The conversation data tests on PostgreSQL, the production database. */
class ConversationDataPostgresIntegrationTests extends ConversationDataTests {

	private static final String SCHEMA = PostgresTestDatabase.schemaFor(ConversationDataPostgresIntegrationTests.class);

	@BeforeAll
	static void freshSchema() {
		PostgresTestDatabase.freshSchema(SCHEMA);
	}

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		PostgresTestDatabase.register(registry, SCHEMA);
	}

}
