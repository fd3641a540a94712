package nl.goedgesprek.feedback;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import nl.goedgesprek.cards.Cards;
import nl.goedgesprek.conversations.ConversationCancelled;
import nl.goedgesprek.conversations.ConversationId;
import nl.goedgesprek.conversations.Conversations;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.people.People;
import nl.goedgesprek.people.PeopleAccess;
import nl.goedgesprek.support.ModuleTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feedback module on its own: a cancelled conversation withdraws its open requests for input, so
 * nobody is reminded. Only this module starts (and the shared building blocks); the people and conversations
 * and cards APIs it asks are mocks, so a failure here is feedback's.
 */
@ApplicationModuleTest(extraIncludes = "shared")
@ActiveProfiles("test")
@Import({ ModuleTestSupport.class, ModuleTestSupport.ForeignKeysUnchecked.class })
class FeedbackModuleTests {

	@MockitoBean
	People people;

	@MockitoBean
	PeopleAccess access;

	@MockitoBean
	Conversations conversations;

	@MockitoBean
	Cards cards;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCancelledConversationWithdrawsItsOpenRequests(Scenario scenario) {
		long cancelled = request(501L);
		long other = request(502L);

		scenario.publish(new ConversationCancelled(new ConversationId(501L), new EmployeeId(601L), new EmployeeId(602L),
				"Ziek", 1))
			.andWaitForStateChange(() -> withdrawnAt(cancelled), Optional::isPresent)
			.andVerify(withdrawn -> assertThat(withdrawnAt(other)).as("another conversation's request stays open")
				.isEmpty());
	}

	/** A request for input, straight into feedback's own table. */
	private long request(long conversation) {
		return jdbc.sql("""
				insert into feedback_request (conversation_id, asker_id, anonymous, question_one, due_on, created_at,
				                              ready_told, version)
				values (:conversation, 601, false, 'Wat zie jij?', :due, :now, false, 0)""")
			.param("conversation", conversation)
			.param("due", LocalDate.now().plusDays(10))
			.param("now", Timestamp.from(Instant.now()))
			.update() == 1 ? jdbc.sql("select max(id) from feedback_request").query(Long.class).single() : -1;
	}

	private Optional<Timestamp> withdrawnAt(long request) {
		return jdbc.sql("select withdrawn_at from feedback_request where id = :id")
			.param("id", request)
			.query(Timestamp.class)
			.optional();
	}

}
