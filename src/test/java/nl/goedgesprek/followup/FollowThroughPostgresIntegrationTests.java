package nl.goedgesprek.followup;

import org.springframework.boot.test.context.SpringBootTest;

import nl.goedgesprek.support.OnPostgres;

/**
 * The same as {@link FollowThroughIntegrationTests} on PostgreSQL: "hielp het?" answered by both sides,
 * and the pair's own rhythm.
 */
@SpringBootTest(properties = { "goedgesprek.demo.conversations=false", "spring.application.name=followuppg" })
@OnPostgres
class FollowThroughPostgresIntegrationTests extends FollowThroughIntegrationTests {

}
