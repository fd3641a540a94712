package nl.goedgesprek.insights;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import nl.goedgesprek.conversations.ConversationHeld;
import nl.goedgesprek.conversations.ConversationId;
import nl.goedgesprek.conversations.internal.PreparationDraft;
import nl.goedgesprek.people.AccountMail;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.support.ConversationSteps;
import nl.goedgesprek.support.DemoUsers;
import nl.goedgesprek.support.ModuleTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The insights module with the modules it depends on (cards, conversations, people): a held conversation
 * gets its row in the read model, counts only. Insights cannot start alone: its read model is computed from
 * the conversation's own tables (issue 17), so it needs real conversations, made through
 * {@link ConversationSteps}. Mail, follow-up, feedback and the other modules do not start.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "shared")
@ActiveProfiles("test")
@TestPropertySource(properties = "goedgesprek.demo.conversations=false")
@Import({ ModuleTestSupport.class, ConversationSteps.class, DemoUsers.class })
class InsightsModuleTests {

	/** People's invitation mail is sent by the mail module, which does not start here. */
	@MockitoBean
	AccountMail accountMail;

	@Autowired
	ConversationSteps steps;

	@Autowired
	DemoUsers demo;

	@Autowired
	JdbcClient jdbc;

	/** The conversations module publishes the event itself; insights writes the row after the commit. */
	@Test
	void aHeldConversationGetsItsRowWithCountsOnly(Scenario scenario) {
		EmployeeId sanne = demo.id("sanne.devries");
		EmployeeId pieter = demo.id("pieter.jansen");
		var preparation = new PreparationDraft(Map.of(), Map.of(), List.of("Thuiswerken", "Rooster"), null);

		var held = new AtomicReference<ConversationId>();

		scenario.stimulate(() -> held.set(steps.held(sanne, pieter, preparation, id -> {
		})))
			.andWaitForStateChange(() -> row(held.get()), Optional::isPresent)
			.andVerify(row -> assertThat(row).hasValueSatisfying(facts -> {
				assertThat(((Number) facts.get("points_employee")).intValue()).isEqualTo(2);
				assertThat(((Number) facts.get("points_manager")).intValue()).isEqualTo(2);
				assertThat(((Number) facts.get("employee_id")).longValue()).isEqualTo(sanne.value());
				assertThat(facts).doesNotContainValue("Thuiswerken");
			}));
	}

	/** The event alone writes the row: the row lost, publishing {@code ConversationHeld} again brings it back. */
	@Test
	void theEventWritesTheRow(Scenario scenario) {
		EmployeeId daan = demo.id("daan.smit");
		EmployeeId pieter = demo.id("pieter.jansen");
		ConversationId id = steps.held(daan, pieter, ConversationSteps.EMPTY, held -> {
		});
		await().atMost(Duration.ofSeconds(10)).until(() -> row(id).isPresent());
		jdbc.sql("delete from insight_conversation where conversation_id = :id").param("id", id.value()).update();

		scenario.publish(new ConversationHeld(id, daan, pieter, Instant.now()))
			.andWaitForStateChange(() -> row(id), Optional::isPresent)
			.andVerify(row -> assertThat(((Number) row.get().get("manager_id")).longValue()).isEqualTo(pieter.value()));
	}

	private Optional<Map<String, Object>> row(ConversationId id) {
		return jdbc.sql("select * from insight_conversation where conversation_id = :id")
			.param("id", id.value())
			.query()
			.listOfRows()
			.stream()
			.findFirst();
	}

}
