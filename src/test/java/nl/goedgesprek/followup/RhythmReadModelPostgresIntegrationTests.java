package nl.goedgesprek.followup;

import org.springframework.boot.test.context.SpringBootTest;

import nl.goedgesprek.support.OnPostgres;

/**
 * The same as {@link RhythmReadModelIntegrationTests} on PostgreSQL: the read model follows
 * conversations' {@code ConversationChanged} in the saving transaction, savepoint and row lock included.
 */
@SpringBootTest(properties = "spring.application.name=rhythmreadmodelpg")
@OnPostgres
class RhythmReadModelPostgresIntegrationTests extends RhythmReadModelIntegrationTests {

}
