package nl.goedgesprek.support;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A PostgreSQL that is not there may be skipped on a developer's machine; one that is there and
 * refuses says why, so a newcomer sees "too many clients" or "no such database" instead of "not
 * available".
 */
class PostgresRefusalTests {

	@Test
	void aServerThatIsNotThereIsDownAndOneThatRefusesSaysWhy() {
		assertThat(PostgresTestDatabase.refusal("jdbc:postgresql://127.0.0.1:1/test?connectTimeout=2")).startsWith("not running");
		String server = PostgresTestDatabase.url();
		TestEnvironment.require(PostgresTestDatabase.refusal(server) == null, "PostgreSQL at " + server);
		String noDatabase = server.replaceAll("/[^/?]+(\\?.*)?$", "/no_such_database_here$1");
		assertThat(PostgresTestDatabase.refusal(noDatabase)).contains("no_such_database_here").contains("3D000");
		assertThat(PostgresTestDatabase.refusal(server)).isNull();
	}

}
