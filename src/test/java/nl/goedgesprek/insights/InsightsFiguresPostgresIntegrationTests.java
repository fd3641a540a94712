package nl.goedgesprek.insights;

import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import nl.goedgesprek.support.PostgresTestDatabase;

/** The dashboard figures on PostgreSQL, the production database. */
@SpringBootTest(properties = "goedgesprek.demo.enabled=false")
@ActiveProfiles("test")
class InsightsFiguresPostgresIntegrationTests extends InsightsFiguresTests {

	private static final String SCHEMA = PostgresTestDatabase.schemaFor(InsightsFiguresPostgresIntegrationTests.class);

	@BeforeAll
	static void freshSchema() {
		PostgresTestDatabase.freshSchema(SCHEMA);
		held.clear();
		people = null;
	}

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		PostgresTestDatabase.register(registry, SCHEMA);
	}

}
