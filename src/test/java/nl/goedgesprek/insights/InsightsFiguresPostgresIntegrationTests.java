package nl.goedgesprek.insights;

import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import nl.goedgesprek.support.OnPostgres;

/** The dashboard figures on PostgreSQL, the production database. */
@SpringBootTest(properties = "goedgesprek.demo.enabled=false")
@ActiveProfiles("test")
@OnPostgres
class InsightsFiguresPostgresIntegrationTests extends InsightsFiguresTests {

	/** The schema is new for this class (see {@link OnPostgres}): forget what the H2 class generated. */
	@BeforeAll
	static void newOrganisation() {
		held.clear();
		people = null;
	}

}
