package nl.goedgesprek.mail;

import nl.goedgesprek.conversations.AgreementStatus;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import nl.goedgesprek.conversations.ConversationId;
import nl.goedgesprek.conversations.Side;
import nl.goedgesprek.conversations.internal.Acknowledgement;
import nl.goedgesprek.followup.internal.FollowedAgreement;
import nl.goedgesprek.followup.internal.AgreementFollowUp;
import nl.goedgesprek.mail.internal.MailOutbox;
import nl.goedgesprek.mail.internal.OutboxSender;
import nl.goedgesprek.mail.internal.ReminderScanner;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.people.People;
import nl.goedgesprek.shared.Dates;
import nl.goedgesprek.support.ConversationSteps;
import nl.goedgesprek.support.DemoUsers;
import nl.goedgesprek.support.TestMail;
import nl.goedgesprek.support.WithMailServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

/**
 * Every kind of mail, received by a real SMTP server (GreenMail): each arrives once, in the
 * recipient's language, invitations with a valid calendar attachment, and no mail quotes what anyone
 * wrote. Each test uses its own pair of demo people, so the tests do not see each other's mail.
 */
@SpringBootTest(properties = "goedgesprek.demo.conversations=false")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({ DemoUsers.class, ConversationSteps.class })
@WithMailServer
class MailIntegrationTests {

	@Autowired
	TestMail mail;

	static final DateTimeFormatter ICS_UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoUsers demo;

	@Autowired
	People people;

	@Autowired
	ConversationSteps steps;

	@Autowired
	AgreementFollowUp followUp;

	@Autowired
	MailOutbox outbox;

	@Autowired
	OutboxSender sender;

	@Autowired
	ReminderScanner reminders;

	@Autowired
	MailPreferences preferences;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPlannedConversationInvitesBothOnceWithACalendarEntryInTheirOwnLanguage() throws Exception {
		EmployeeId ingrid = demo.id("ingrid.hoekstra");
		EmployeeId esra = demo.id("esra.kaya");
		people.chooseLanguage(esra, Locale.ENGLISH);
		LocalDateTime when = LocalDate.now().plusDays(10).atTime(10, 0);

		ConversationId id = steps.plan(ingrid, esra, when);
		awaitOutbox("invitation:" + id.value() + ":" + esra.value() + ":0",
				"invitation:" + id.value() + ":" + ingrid.value() + ":0");
		sender.sendDue();
		sender.sendDue();

		MimeMessage toEsra = single("esra.kaya", "Invitation: check-in with Ingrid Hoekstra on");
		assertThat(TestMail.text(toEsra)).startsWith("Hello Esra,")
			.contains("Ingrid Hoekstra planned a check-in with you")
			.contains("http://localhost:8080/conversations/" + id.value() + "/preparation");
		assertThat(TestMail.calendarFileName(toEsra)).isEqualTo("invitation.ics");
		VEvent event = event(TestMail.calendar(toEsra), "PUBLISH");
		assertThat(value(event, Property.UID)).isEqualTo("conversation-" + id.value() + "@goedgesprek");
		assertThat(value(event, Property.DTSTART)).isEqualTo(ICS_UTC.format(when.atZone(Dates.ZONE)));
		assertThat(value(event, Property.DURATION)).isEqualTo("PT30M");
		assertThat(value(event, Property.SUMMARY)).isEqualTo("Check-in with Ingrid Hoekstra");

		MimeMessage toIngrid = single("ingrid.hoekstra", "Gepland: check-in met Esra Kaya op");
		assertThat(TestMail.text(toIngrid)).startsWith("Hallo Ingrid,").contains("Je hebt een check-in met Esra Kaya gepland");
		assertThat(TestMail.calendarFileName(toIngrid)).isEqualTo("uitnodiging.ics");
		assertThat(value(event(TestMail.calendar(toIngrid), "PUBLISH"), Property.SUMMARY))
			.isEqualTo("Check-in met Esra Kaya");

		steps.reschedule(ingrid, id, when.plusDays(1));
		await().atMost(Duration.ofSeconds(10)).until(() -> outbox.pending() >= 2);
		sender.sendDue();
		VEvent moved = event(TestMail.calendar(single("esra.kaya", "Moved: check-in with Ingrid Hoekstra to")), "PUBLISH");
		assertThat(value(moved, Property.UID)).isEqualTo(value(event, Property.UID));
		assertThat(Integer.parseInt(value(moved, Property.SEQUENCE))).isPositive();
		assertThat(value(moved, Property.DTSTART)).isEqualTo(ICS_UTC.format(when.plusDays(1).atZone(Dates.ZONE)));

		steps.cancel(esra, id, "Ik ben dan op cursus");
		awaitOutbox("cancelled:" + id.value() + ":" + esra.value(), "cancelled:" + id.value() + ":" + ingrid.value());
		sender.sendDue();
		MimeMessage cancelled = single("ingrid.hoekstra", "Geannuleerd: check-in met Esra Kaya op");
		assertThat(TestMail.text(cancelled)).contains("Esra Kaya heeft jullie check-in").doesNotContain("cursus");
		VEvent gone = event(TestMail.calendar(cancelled), "CANCEL");
		assertThat(value(gone, Property.STATUS)).isEqualTo("CANCELLED");
		assertThat(Integer.parseInt(value(gone, Property.SEQUENCE)))
			.isGreaterThan(Integer.parseInt(value(moved, Property.SEQUENCE)));
		single("esra.kaya", "Cancelled: check-in with Ingrid Hoekstra on");
		List<MimeMessage> toHer = mail.to("esra.kaya" + DemoUsers.DOMAIN);
		assertThat(toHer).hasSize(3);
		assertThat(toHer.stream().map(TestMail::messageId).toList()).doesNotHaveDuplicates()
			.allMatch(messageId -> messageId.matches("<outbox-\\d+@goedgesprek>"));
	}

	@Test
	void remindersArriveOnceEachAndOnlyForWhatIsStillOpen() throws Exception {
		EmployeeId ruben = demo.id("ruben.peters");
		EmployeeId femke = demo.id("femke.degraaf");
		EmployeeId youssef = demo.id("youssef.amrani");

		ConversationId soon = steps.plan(ruben, femke, LocalDate.now().plusDays(2).atTime(9, 0));
		steps.share(ruben, soon, ConversationSteps.EMPTY);

		ConversationId held = holdWithAgreements(ruben, youssef, LocalDate.now().plusDays(2), LocalDate.now().plusDays(20));
		steps.acknowledge(youssef, held, Acknowledgement.Kind.SEEN);
		jdbc.sql("update conversation set closed_at = closed_at - interval '3' day where id = :id")
			.param("id", held.value())
			.update();
		jdbc.sql("update agreement set due_date = :yesterday where conversation_id = :id and owner = 'MANAGER'")
			.param("yesterday", java.sql.Date.valueOf(LocalDate.now().minusDays(1)))
			.param("id", held.value())
			.update();

		for (int round = 0; round < 2; round++) {
			reminders.scan();
			sender.sendDue();

			single("femke.degraaf", "Bereid je check-in met Ruben Peters voor");
			assertThat(mail.to("ruben.peters" + DemoUsers.DOMAIN, "Bereid je")).as("Ruben shared already").isEmpty();
			single("ruben.peters", "Het verslag van je check-in met Youssef Amrani wacht op je");
			assertThat(mail.to("youssef.amrani" + DemoUsers.DOMAIN, "Het verslag")).as("Youssef saw it").isEmpty();
			MimeMessage due = single("youssef.amrani", "Een afspraak staat voor");
			assertThat(TestMail.text(due)).contains("http://localhost:8080/agreements")
				.doesNotContain("Cursus timemanagement");
			MimeMessage overdue = single("ruben.peters", "Een afspraak is over de datum");
			assertThat(TestMail.text(overdue)).doesNotContain("Meer thuiswerken");
		}
	}

	@Test
	void progressOnAnAgreementReachesTheOtherWithoutTheNote() throws Exception {
		EmployeeId marleen = demo.id("marleen.visser");
		EmployeeId fatima = demo.id("fatima.elamrani");
		ConversationId held = holdWithAgreements(marleen, fatima, LocalDate.now().plusMonths(2), LocalDate.now().plusMonths(3));
		FollowedAgreement owned = followUp.of(fatima).stream()
			.filter(agreement -> agreement.conversationId().equals(held) && agreement.ownerId().equals(fatima))
			.findFirst()
			.orElseThrow();

		followUp.report(fatima, owned.rawId(), null, AgreementStatus.DONE, "Cursus afgerond met een 8");
		await().atMost(Duration.ofSeconds(10))
			.until(() -> outbox.contains("progress:" + owned.rawId() + ":1"));
		sender.sendDue();

		MimeMessage progress = single("marleen.visser", "Fatima el Amrani heeft een afspraak bijgewerkt");
		assertThat(TestMail.text(progress)).contains("bijgewerkt: gedaan").doesNotContain("Cursus afgerond");
		assertThat(mail.to("fatima.elamrani" + DemoUsers.DOMAIN, "Fatima el Amrani heeft")).isEmpty();
	}

	@Test
	void whoTurnedAKindOffDoesNotGetIt() throws Exception {
		EmployeeId ruben = demo.id("ruben.peters");
		EmployeeId lisa = demo.id("lisa.hendriks");
		mvc.perform(post("/me/settings/mail").with(demo.as("lisa.hendriks")).with(csrf())
				.param("kind", "INVITATION", "ACKNOWLEDGE", "AGREEMENT_DUE", "AGREEMENT_OVERDUE", "AGREEMENT_PROGRESS",
						"RECORD_SHARED", "FEEDBACK"))
			.andExpect(flash().attribute("notice", "settings.saved.mail"));
		assertThat(preferences.wanted(lisa)).isEqualTo(EnumSet.complementOf(EnumSet.of(MailKind.PREPARE)));

		ConversationId id = steps.plan(ruben, lisa, LocalDate.now().plusDays(1).atTime(14, 0));
		awaitOutbox("invitation:" + id.value() + ":" + lisa.value() + ":0");
		reminders.scan();
		sender.sendDue();

		assertThat(mail.to("lisa.hendriks" + DemoUsers.DOMAIN, "Bereid je")).isEmpty();
		single("lisa.hendriks", "Uitnodiging: check-in met Ruben Peters op");
		single("ruben.peters", "Bereid je check-in met Lisa Hendriks voor");
	}

	private ConversationId holdWithAgreements(EmployeeId manager, EmployeeId employee, LocalDate employeeDue,
			LocalDate managerDue) {
		ConversationId id = steps.plan(manager, employee, LocalDate.now().plusDays(1).atTime(11, 0));
		steps.share(employee, id, ConversationSteps.EMPTY);
		steps.start(employee, id);
		steps.agree(manager, id, "Cursus timemanagement", Side.EMPLOYEE, employeeDue, "ontwikkeling");
		steps.agree(manager, id, "Meer thuiswerken mogelijk maken", Side.MANAGER, managerDue, "welzijn");
		steps.close(manager, id);
		return id;
	}

	private MimeMessage single(String localPart, String subjectStart) {
		List<MimeMessage> found = mail.to(localPart + DemoUsers.DOMAIN, subjectStart);
		assertThat(found).as("mail to %s starting '%s'; all to them: %s", localPart, subjectStart,
				mail.to(localPart + DemoUsers.DOMAIN).stream().map(TestMail::subject).toList()).hasSize(1);
		return found.get(0);
	}

	private void awaitOutbox(String... keys) {
		await().atMost(Duration.ofSeconds(10)).until(() -> List.of(keys).stream().allMatch(outbox::contains));
	}

	private static VEvent event(Calendar calendar, String method) {
		assertThat(calendar).as("calendar attachment").isNotNull();
		assertThat(calendar.getProperty(Property.METHOD).map(Property::getValue)).contains(method);
		assertThat(calendar.getProperty(Property.VERSION).map(Property::getValue)).contains("2.0");
		return calendar.<VEvent>getComponent(Component.VEVENT).orElseThrow();
	}

	private static String value(VEvent event, String property) {
		return event.getProperty(property).map(Property::getValue).orElseThrow();
	}

}
