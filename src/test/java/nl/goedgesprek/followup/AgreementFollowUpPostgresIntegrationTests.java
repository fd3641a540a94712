package nl.goedgesprek.followup;

import org.springframework.boot.test.context.SpringBootTest;

import nl.goedgesprek.support.OnPostgres;

/**
 * The same as {@link AgreementFollowUpIntegrationTests} on PostgreSQL: the progress note is written by
 * follow-up on conversations' {@code AgreementReported}, in the transaction that changed the agreement.
 */
@SpringBootTest(properties = { "goedgesprek.demo.conversations=false", "spring.application.name=followuppg" })
@OnPostgres
class AgreementFollowUpPostgresIntegrationTests extends AgreementFollowUpIntegrationTests {

}
