package nl.goedgesprek.followup;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import nl.goedgesprek.cards.ConversationKind;
import nl.goedgesprek.conversations.AgreementProgressed;
import nl.goedgesprek.conversations.ConversationId;
import nl.goedgesprek.conversations.ConversationPlanned;
import nl.goedgesprek.conversations.Conversations;
import nl.goedgesprek.feedback.FeedbackRequested;
import nl.goedgesprek.followup.internal.Notification;
import nl.goedgesprek.followup.internal.NotificationRepository;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.people.People;
import nl.goedgesprek.people.Person;
import nl.goedgesprek.support.ModuleTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

/**
 * The follow-up module on its own: the events of conversations and feedback become inbox messages for the
 * person who needs to know. Only this module starts (and the shared building blocks); {@code People} and
 * {@code Conversations}, which its pages and listeners ask, are mocks, so a failure here is follow-up's.
 */
@ApplicationModuleTest(extraIncludes = "shared")
@ActiveProfiles("test")
@Import({ ModuleTestSupport.class, ModuleTestSupport.ForeignKeysUnchecked.class })
class FollowUpModuleTests {

	static final EmployeeId EMPLOYEE = new EmployeeId(101L);

	static final EmployeeId MANAGER = new EmployeeId(102L);

	static final EmployeeId NEW_MANAGER = new EmployeeId(103L);

	static final EmployeeId COLLEAGUE = new EmployeeId(104L);

	@MockitoBean
	People people;

	@MockitoBean
	Conversations conversations;

	/** The record page's pulse aside asks who may open the employee's timeline. */
	@MockitoBean
	nl.goedgesprek.people.PeopleAccess access;

	@Autowired
	NotificationRepository notifications;

	@Autowired
	Inbox inbox;

	@Test
	void theEmployeeHearsOfAConversationTheManagerPlanned(Scenario scenario) {
		var planned = new ConversationPlanned(new ConversationId(201L), EMPLOYEE, MANAGER, ConversationKind.CHECK_IN,
				LocalDateTime.now().plusDays(7), MANAGER);

		scenario.publish(planned)
			.andWaitForStateChange(() -> inboxOf(EMPLOYEE), messages -> !messages.isEmpty())
			.andVerify(messages -> {
				assertThat(messages).singleElement().satisfies(message -> {
					assertThat(message.kind()).isEqualTo(NotificationKind.CONVERSATION_PLANNED);
					assertThat(message.conversationId()).isEqualTo(planned.conversation());
					assertThat(message.actorId()).isEqualTo(MANAGER);
					assertThat(message.detail()).isEqualTo("CHECK_IN");
				});
				assertThat(inbox.unreadCount(EMPLOYEE)).isEqualTo(1);
				assertThat(inboxOf(MANAGER)).as("the planner is not told what they did").isEmpty();
			});
	}

	/** After a move the employee's manager now follows the agreement too, without having taken part. */
	@Test
	void progressOnAnAgreementReachesTheOtherParticipantAndTheNewManager(Scenario scenario) {
		EmployeeId employee = new EmployeeId(111L);
		EmployeeId manager = new EmployeeId(112L);
		given(people.find(employee)).willReturn(Optional.of(person(employee, NEW_MANAGER)));
		var progressed = new AgreementProgressed(301L, new ConversationId(202L), employee, manager, "DONE",
				"Cursus afgerond", 1, employee);

		scenario.publish(progressed)
			.andWaitForStateChange(() -> inboxOf(NEW_MANAGER), messages -> !messages.isEmpty())
			.andVerify(messages -> {
				assertThat(messages).singleElement().satisfies(message -> {
					assertThat(message.kind()).isEqualTo(NotificationKind.AGREEMENT_PROGRESS);
					assertThat(message.agreementId()).isEqualTo(301L);
					assertThat(message.detail()).isEqualTo("DONE");
					assertThat(message.note()).isEqualTo("Cursus afgerond");
				});
				assertThat(inboxOf(manager)).extracting(Notification::kind).containsExactly(NotificationKind.AGREEMENT_PROGRESS);
				assertThat(inboxOf(employee)).as("the owner reported it and is not told").isEmpty();
			});
	}

	@Test
	void aColleagueAskedForInputHearsWhoAsks(Scenario scenario) {
		scenario.publish(new FeedbackRequested(401L, 402L, EMPLOYEE, COLLEAGUE, LocalDate.now().plusDays(10)))
			.andWaitForStateChange(() -> inboxOf(COLLEAGUE), messages -> !messages.isEmpty())
			.andVerify(messages -> assertThat(messages).singleElement().satisfies(message -> {
				assertThat(message.kind()).isEqualTo(NotificationKind.FEEDBACK_REQUESTED);
				assertThat(message.actorId()).isEqualTo(EMPLOYEE);
				assertThat(message.detail()).as("the colleague's own answer").isEqualTo("402");
			}));
	}

	private List<Notification> inboxOf(EmployeeId person) {
		return notifications.findTop50ByRecipientIdOrderByIdDesc(person);
	}

	private static Person person(EmployeeId id, EmployeeId manager) {
		return new Person(id, "Daan Smit", "daan@example.org", null, null, null, manager, "Nieuwe Manager", null, null,
				true, Set.of());
	}

}
