package nl.goedgesprek.mail;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import nl.goedgesprek.calendar.ConversationCalendar;
import nl.goedgesprek.calendar.IcsFiles;
import nl.goedgesprek.cards.ConversationKind;
import nl.goedgesprek.conversations.ConversationId;
import nl.goedgesprek.conversations.ConversationPlanned;
import nl.goedgesprek.conversations.ConversationStatus;
import nl.goedgesprek.conversations.ConversationSummary;
import nl.goedgesprek.conversations.Conversations;
import nl.goedgesprek.feedback.Feedback;
import nl.goedgesprek.feedback.FeedbackRequested;
import nl.goedgesprek.mail.internal.MailOutbox;
import nl.goedgesprek.mail.internal.OutgoingMail;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.people.People;
import nl.goedgesprek.people.Person;
import nl.goedgesprek.support.ModuleTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;

/**
 * The mail module on its own: the events of conversations and feedback put mails in the outbox, in the
 * recipient's language. Only this module starts (and the shared building blocks); the people, conversations,
 * feedback and calendar APIs it asks are mocks, so a failure here is mail's.
 */
@ApplicationModuleTest(extraIncludes = "shared")
@ActiveProfiles("test")
@Import({ ModuleTestSupport.class, ModuleTestSupport.ForeignKeysUnchecked.class })
class MailModuleTests {

	static final String CALENDAR = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n";

	@MockitoBean
	People people;

	@MockitoBean
	Conversations conversations;

	@MockitoBean
	Feedback feedback;

	@MockitoBean
	ConversationCalendar calendar;

	@MockitoBean
	IcsFiles ics;

	@Autowired
	MailOutbox outbox;

	@BeforeEach
	void everyoneReadsDutch() {
		given(people.language(any())).willReturn(Locale.forLanguageTag("nl"));
		given(ics.invitation(any(), any())).willReturn(CALENDAR);
	}

	@Test
	void bothParticipantsGetAnInvitationWithTheCalendarAttached(Scenario scenario) {
		EmployeeId employee = known(201L, "Daan Smit");
		EmployeeId manager = known(202L, "Pieter Jansen");
		var id = new ConversationId(301L);
		var at = LocalDateTime.now().plusDays(7).withHour(10).withMinute(0).withSecond(0).withNano(0);
		given(conversations.summary(id)).willReturn(Optional.of(new ConversationSummary(id, employee, "Daan Smit",
				manager, "Pieter Jansen", ConversationKind.CHECK_IN, at, ConversationStatus.PLANNED, false, false)));

		scenario.publish(new ConversationPlanned(id, employee, manager, ConversationKind.CHECK_IN, at, manager))
			.andWaitForStateChange(() -> mailsTo("daan.smit@example.org", "pieter.jansen@example.org"),
					mails -> mails.size() == 2)
			.andVerify(mails -> {
				assertThat(mails).allSatisfy(mail -> {
					assertThat(mail.kind()).isEqualTo(MailKind.INVITATION);
					assertThat(mail.language()).isEqualTo("nl");
					assertThat(mail.calendar()).isEqualTo(CALENDAR);
				});
				assertThat(mails).filteredOn(mail -> mail.to().startsWith("daan"))
					.singleElement()
					.satisfies(mail -> assertThat(mail.subject()).startsWith("Uitnodiging: check-in met Pieter Jansen"));
				assertThat(mails).filteredOn(mail -> mail.to().startsWith("pieter"))
					.singleElement()
					.satisfies(mail -> assertThat(mail.subject()).startsWith("Gepland: check-in met Daan Smit"));
			});
	}

	@Test
	void aColleagueAskedForInputGetsTheLinkToAnswer(Scenario scenario) {
		EmployeeId asker = known(211L, "Sanne de Vries");
		EmployeeId colleague = known(212L, "Kees Bakker");

		scenario.publish(new FeedbackRequested(401L, 402L, asker, colleague, LocalDate.now().plusDays(10)))
			.andWaitForStateChange(() -> mailsTo("kees.bakker@example.org"), mails -> !mails.isEmpty())
			.andVerify(mails -> assertThat(mails).singleElement().satisfies(mail -> {
				assertThat(mail.kind()).isEqualTo(MailKind.FEEDBACK);
				assertThat(mail.subject()).isEqualTo("Sanne de Vries vraagt om jouw input");
				assertThat(mail.body()).contains("/feedback/answers/402");
				assertThat(mail.calendar()).isNull();
			}));
	}

	private EmployeeId known(long id, String name) {
		EmployeeId employee = new EmployeeId(id);
		String email = name.toLowerCase(Locale.ROOT).replace(' ', '.') + "@example.org";
		given(people.find(employee)).willReturn(Optional.of(new Person(employee, name, email, null, null, null, null,
				null, null, null, true, Set.of())));
		return employee;
	}

	private List<OutgoingMail> mailsTo(String... addresses) {
		return outbox.latest(50).stream().filter(mail -> List.of(addresses).contains(mail.to())).toList();
	}

}
