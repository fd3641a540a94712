package nl.goedgesprek.people.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import nl.goedgesprek.mail.internal.OutboxSender;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.people.internal.AccountLinkSettings;
import nl.goedgesprek.people.internal.AccountStatus;
import nl.goedgesprek.people.internal.InvitationRounds;
import nl.goedgesprek.people.internal.Invitations;
import nl.goedgesprek.people.internal.PeopleManagement;
import nl.goedgesprek.people.internal.PersonDetails;
import nl.goedgesprek.support.DemoUsers;
import nl.goedgesprek.support.SessionCookies;
import nl.goedgesprek.support.TestMail;
import nl.goedgesprek.support.WithMailServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 12, invitations and passwords, end to end with a real SMTP server (GreenMail): the link in the
 * mail sets a password once, an expired or replaced link fails with a clear page, "wachtwoord
 * vergeten" answers alike for any address and mails only a known one, changing your own password
 * needs the current one and ends your other sessions, and inviting hundreds queues one mail each
 * however often the button is pressed. The application's clock is one the tests can move.
 */
@SpringBootTest(properties = { "goedgesprek.demo.conversations=false", "spring.application.name=invitations" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({ DemoUsers.class, InvitationMailIntegrationTests.MovableClock.class })
@WithMailServer
class InvitationMailIntegrationTests {

	private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/password/new/[A-Za-z0-9_-]{43})");

	private static final String GOOD_PASSWORD = "zeven zeilboten op het meer";

	@TestConfiguration(proxyBeanMethods = false)
	static class MovableClock {

		@Bean
		@Primary
		Moving movingClock() {
			return new Moving();
		}

	}

	/** The real time plus however far a test moved it. */
	static class Moving extends Clock {

		private volatile Duration ahead = Duration.ZERO;

		void advance(Duration by) {
			ahead = ahead.plus(by);
		}

		void reset() {
			ahead = Duration.ZERO;
		}

		@Override
		public ZoneId getZone() {
			return nl.goedgesprek.shared.Dates.ZONE;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return Instant.now().plus(ahead);
		}

	}

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoUsers demo;

	@Autowired
	TestMail mail;

	@Autowired
	OutboxSender sender;

	@Autowired
	PeopleManagement management;

	@Autowired
	Invitations invitations;

	@Autowired
	InvitationRounds rounds;

	@Autowired
	AccountLinkSettings settings;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Moving clock;

	@AfterEach
	void backToNow() {
		clock.reset();
	}

	private EmployeeId hire(String localPart, String password) {
		return management.hire(demo.id("fatima.elamrani"),
				new PersonDetails("Noor " + localPart, localPart + "@horizon.example", null, null, null, null, Set.of()),
				null, password);
	}

	private void invite(EmployeeId person) throws Exception {
		mvc.perform(post("/admin/people/{id}/invite", person.value()).with(demo.as("fatima.elamrani")).with(csrf()))
			.andExpect(redirectedUrl("/people/" + person.value()))
			.andExpect(flash().attribute("notice", "invitation.notice.sent"));
	}

	/** Sends what is queued and answers the link path in the newest mail to this address. */
	private String linkMailedTo(String address, int mails) {
		sender.sendDue();
		List<MimeMessage> received = mail.to(address);
		assertThat(received).hasSize(mails);
		Matcher link = LINK.matcher(TestMail.text(received.get(mails - 1)));
		assertThat(link.find()).as("a link in the mail").isTrue();
		return link.group(1);
	}

	@Test
	void anInvitationLinkSetsAPasswordOnceAndThenThePersonSignsIn() throws Exception {
		EmployeeId noor = hire("noor.een", null);
		assertThat(invitations.status(noor).state()).isEqualTo(AccountStatus.State.NOT_INVITED);
		mvc.perform(get("/admin/people").param("q", "noor.een").with(demo.as("fatima.elamrani")))
			.andExpect(content().string(containsString("Niet uitgenodigd")));

		invite(noor);
		assertThat(invitations.status(noor).state()).isEqualTo(AccountStatus.State.INVITED);
		mvc.perform(get("/people/{id}", noor.value()).with(demo.as("fatima.elamrani")))
			.andExpect(content().string(containsString("Uitgenodigd op")));
		// Demo mode: the administrator reads the queued invitation on the mail page.
		mvc.perform(get("/admin/mail").with(demo.as("jeroen.bos")))
			.andExpect(content().string(containsString("Welkom bij Goedgesprek")));

		String path = linkMailedTo("noor.een@horizon.example", 1);
		String secret = path.substring(path.lastIndexOf('/') + 1);
		String mailText = TestMail.text(mail.to("noor.een@horizon.example").get(0));
		assertThat(mailText).contains("Fatima el Amrani").contains("één keer");
		// Only the hash is stored, and once the mail left, the outbox's copy no longer holds the link.
		assertThat(jdbc.sql("select count(*) from account_token where token_hash = :secret").param("secret", secret)
			.query(Integer.class).single()).isZero();
		assertThat(jdbc.sql("select body from mail_outbox where to_address = 'noor.een@horizon.example'")
			.query(String.class).single()).doesNotContain(secret);

		mvc.perform(get(path)).andExpect(status().isOk()).andExpect(content().string(containsString("Noor noor.een")));
		mvc.perform(post(path).with(csrf()).param("password", "Welkom2024!").param("repeatPassword", "Welkom2024!"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("te bekend")))
			.andExpect(content().string(not(containsString("Welkom2024!"))));
		mvc.perform(post(path).with(csrf()).param("password", GOOD_PASSWORD).param("repeatPassword", "iets anders"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("niet gelijk")));
		mvc.perform(post(path).with(csrf()).param("password", GOOD_PASSWORD).param("repeatPassword", GOOD_PASSWORD))
			.andExpect(redirectedUrl("/login"))
			.andExpect(flash().attribute("username", "noor.een@horizon.example"))
			.andExpect(flash().attribute("notice", "login.passwordSet"));

		mvc.perform(formLogin("/login").user("noor.een@horizon.example").password(GOOD_PASSWORD)).andExpect(authenticated());
		assertThat(invitations.status(noor).state()).isEqualTo(AccountStatus.State.ACTIVE);

		mvc.perform(get(path)).andExpect(status().isGone())
			.andExpect(content().string(containsString("Deze link werkt niet meer")));
		mvc.perform(post(path).with(csrf()).param("password", "een ander lang wachtwoord").param("repeatPassword",
				"een ander lang wachtwoord"))
			.andExpect(status().isGone());
		mvc.perform(formLogin("/login").user("noor.een@horizon.example").password(GOOD_PASSWORD)).andExpect(authenticated());

		Long fatima = demo.id("fatima.elamrani").value();
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			assertThat(auditLines("INVITATION_SENT", noor)).containsExactly(fatima);
			assertThat(auditLines("PASSWORD_SET", noor)).containsExactly(noor.value());
		});
	}

	@Test
	void anExpiredLinkFailsWithAClearPage() throws Exception {
		EmployeeId noor = hire("noor.twee", null);
		invite(noor);
		String path = linkMailedTo("noor.twee@horizon.example", 1);

		clock.advance(settings.validFor().plusMinutes(1));
		mvc.perform(get(path)).andExpect(status().isGone())
			.andExpect(content().string(containsString("Deze link werkt niet meer")));
		mvc.perform(post(path).with(csrf()).param("password", GOOD_PASSWORD).param("repeatPassword", GOOD_PASSWORD))
			.andExpect(status().isGone());
		assertThat(invitations.status(noor).state()).isEqualTo(AccountStatus.State.EXPIRED);
		mvc.perform(formLogin("/login").user("noor.twee@horizon.example").password(GOOD_PASSWORD)).andExpect(unauthenticated());
	}

	@Test
	void aNewerInvitationMakesTheOlderLinkFail() throws Exception {
		EmployeeId noor = hire("noor.drie", null);
		invite(noor);
		String first = linkMailedTo("noor.drie@horizon.example", 1);
		invite(noor);
		String second = linkMailedTo("noor.drie@horizon.example", 2);

		assertThat(second).isNotEqualTo(first);
		mvc.perform(get(first)).andExpect(status().isGone());
		mvc.perform(get(second)).andExpect(status().isOk());
	}

	@Test
	void aResetAnswersTheSameForKnownAndUnknownAddressesAndMailsOnlyTheKnownOne() throws Exception {
		EmployeeId noor = hire("noor.vier", "een oud maar lang wachtwoord");
		MvcResult known = mvc.perform(post("/password/forgotten").with(csrf()).param("email", "Noor.Vier@horizon.example"))
			.andReturn();
		MvcResult unknown = mvc.perform(post("/password/forgotten").with(csrf()).param("email", "niemand@horizon.example"))
			.andReturn();
		assertThat(known.getResponse().getStatus()).isEqualTo(unknown.getResponse().getStatus()).isEqualTo(302);
		assertThat(known.getResponse().getRedirectedUrl()).isEqualTo(unknown.getResponse().getRedirectedUrl())
			.isEqualTo("/password/forgotten?sent");
		mvc.perform(get("/password/forgotten?sent")).andExpect(content().string(containsString("Als dit adres bij ons bekend is")));

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			sender.sendDue();
			assertThat(mail.to("noor.vier@horizon.example")).hasSize(1);
		});
		assertThat(mail.to("niemand@horizon.example")).isEmpty();
		assertThat(jdbc.sql("select count(*) from mail_outbox where to_address = 'niemand@horizon.example'")
			.query(Integer.class).single()).isZero();

		String path = linkMailedTo("noor.vier@horizon.example", 1);
		mvc.perform(post(path).with(csrf()).param("password", GOOD_PASSWORD).param("repeatPassword", GOOD_PASSWORD))
			.andExpect(redirectedUrl("/login"));
		mvc.perform(formLogin("/login").user("noor.vier@horizon.example").password(GOOD_PASSWORD)).andExpect(authenticated());
		mvc.perform(formLogin("/login").user("noor.vier@horizon.example").password("een oud maar lang wachtwoord"))
			.andExpect(unauthenticated());
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			assertThat(auditLines("PASSWORD_RESET_REQUESTED", noor)).hasSize(1);
			assertThat(jdbc.sql("select count(*) from audit_event where action = 'PASSWORD_RESET_REQUESTED' and actor_id is not null")
				.query(Integer.class).single()).isZero();
		});
	}

	@Test
	void changingYourOwnPasswordNeedsTheCurrentOneAndEndsYourOtherSessions() throws Exception {
		hire("noor.vijf", "een oud maar lang wachtwoord");
		Cookie laptop = signIn("noor.vijf@horizon.example", "een oud maar lang wachtwoord");
		Cookie phone = signIn("noor.vijf@horizon.example", "een oud maar lang wachtwoord");

		mvc.perform(post("/me/password").cookie(laptop).with(csrf()).param("currentPassword", "fout fout fout")
				.param("newPassword", GOOD_PASSWORD).param("repeatPassword", GOOD_PASSWORD))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("niet je huidige wachtwoord")));
		mvc.perform(post("/me/password").cookie(laptop).with(csrf()).param("currentPassword", "een oud maar lang wachtwoord")
				.param("newPassword", "1234567890").param("repeatPassword", "1234567890"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("1234567890"))));
		mvc.perform(get("/").cookie(phone)).andExpect(status().isOk());

		mvc.perform(post("/me/password").cookie(laptop).with(csrf()).param("currentPassword", "een oud maar lang wachtwoord")
				.param("newPassword", GOOD_PASSWORD).param("repeatPassword", GOOD_PASSWORD))
			.andExpect(redirectedUrl("/me/settings#password"));

		mvc.perform(get("/").cookie(laptop)).andExpect(status().isOk());
		mvc.perform(get("/").cookie(phone)).andExpect(redirectedUrl("/login?expired"));
		mvc.perform(formLogin("/login").user("noor.vijf@horizon.example").password("een oud maar lang wachtwoord"))
			.andExpect(unauthenticated());
		signIn("noor.vijf@horizon.example", GOOD_PASSWORD);
	}

	@Test
	void invitingHundredsQueuesExactlyOneMailEachHoweverOftenTheButtonIsPressed() throws Exception {
		jdbc.sql("""
				insert into employee (version, name, email, active)
				select 0, 'Bulk ' || x, 'bulk-' || x || '@bulk.example', true from system_range(1, 300)""").update();

		String key = "everyone:" + java.util.UUID.randomUUID();
		String first = mvc.perform(post("/admin/invitations/everyone").with(demo.as("fatima.elamrani")).with(csrf())
				.param("requestKey", key)).andReturn().getResponse().getRedirectedUrl();
		String again = mvc.perform(post("/admin/invitations/everyone").with(demo.as("fatima.elamrani")).with(csrf())
				.param("requestKey", key)).andReturn().getResponse().getRedirectedUrl();
		assertThat(again).isEqualTo(first).startsWith("/admin/invitations/");
		long round = Long.parseLong(first.substring(first.lastIndexOf('/') + 1));

		await().atMost(Duration.ofSeconds(60)).until(() -> rounds.progress(round).orElseThrow().finished());
		// Pressed again after the page was reloaded (a new key): everyone has a working link, so nobody is added.
		String later = mvc.perform(post("/admin/invitations/everyone").with(demo.as("fatima.elamrani")).with(csrf())
				.param("requestKey", "everyone:" + java.util.UUID.randomUUID())).andReturn().getResponse().getRedirectedUrl();
		long laterRound = Long.parseLong(later.substring(later.lastIndexOf('/') + 1));
		await().atMost(Duration.ofSeconds(10)).until(() -> rounds.progress(laterRound).orElseThrow().finished());

		Map<Long, Integer> mailsPerPerson = new java.util.HashMap<>();
		jdbc.sql("select recipient_id, count(*) from mail_outbox where kind = 'ACCOUNT' and to_address like 'bulk-%' group by recipient_id")
			.query((rs, row) -> mailsPerPerson.put(rs.getLong(1), rs.getInt(2)))
			.list();
		assertThat(mailsPerPerson).hasSize(300);
		assertThat(mailsPerPerson.values()).containsOnly(1);
		assertThat(rounds.progress(round).orElseThrow().invited()).isGreaterThanOrEqualTo(300);
		assertThat(rounds.progress(laterRound).orElseThrow().total()).isZero();

		mvc.perform(get(first).header("HX-Request", "true").with(demo.as("fatima.elamrani")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("uitnodigingen staan klaar om te versturen")))
			.andExpect(content().string(not(containsString("hx-trigger"))));
	}

	@Test
	void onlyHrAndAdministratorsInviteAndNobodyWhoCanSignInOrHasLeftIsInvited() throws Exception {
		EmployeeId noor = hire("noor.zes", null);
		mvc.perform(post("/admin/people/{id}/invite", noor.value()).with(demo.as("pieter.jansen")).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/admin/invitations/everyone").with(demo.as("sanne.devries")).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(invitations.status(noor).state()).isEqualTo(AccountStatus.State.NOT_INVITED);

		EmployeeId sanne = demo.id("sanne.devries");
		mvc.perform(post("/admin/people/{id}/invite", sanne.value()).with(demo.as("fatima.elamrani")).with(csrf()))
			.andExpect(flash().attributeExists("problem"));
		mvc.perform(post("/admin/invitations").with(demo.as("fatima.elamrani")).with(csrf()))
			.andExpect(flash().attributeExists("problem"));
		assertThat(jdbc.sql("select count(*) from account_token where employee_id = :id").param("id", sanne.value())
			.query(Integer.class).single()).isZero();
	}

	@Test
	void afterAnImportOneButtonInvitesThoseInTheFileWhoCannotSignInOnce() throws Exception {
		String csv = "naam,email\nImport Een,import.een@horizon.example\nImport Twee,import.twee@horizon.example\n"
				+ "Sanne de Vries,sanne.devries@horizon.example\n";
		MvcResult imported = mvc.perform(post("/admin/import/confirm").with(demo.as("fatima.elamrani")).with(csrf())
				.param("csv", csv)).andExpect(redirectedUrl("/admin/people")).andReturn();
		InvitationRounds.Progress prepared = (InvitationRounds.Progress) imported.getFlashMap().get("importRound");
		assertThat(prepared.total()).as("Sanne can sign in already").isEqualTo(2);
		assertThat(prepared.started()).isFalse();

		for (int press = 0; press < 2; press++) {
			mvc.perform(post("/admin/invitations/{round}/start", prepared.id()).with(demo.as("fatima.elamrani")).with(csrf()))
				.andExpect(redirectedUrl("/admin/invitations/" + prepared.id()));
		}
		await().atMost(Duration.ofSeconds(10)).until(() -> rounds.progress(prepared.id()).orElseThrow().finished());
		sender.sendDue();
		assertThat(mail.to("import.een@horizon.example")).hasSize(1);
		assertThat(mail.to("import.twee@horizon.example")).hasSize(1);
		assertThat(mail.to("sanne.devries@horizon.example", "Welkom")).isEmpty();
	}

	private Cookie signIn(String user, String password) throws Exception {
		return SessionCookies.from(mvc.perform(formLogin("/login").user(user).password(password))
			.andExpect(authenticated())
			.andReturn());
	}

	private List<Long> auditLines(String action, EmployeeId subject) {
		return jdbc.sql("select actor_id from audit_event where action = :action and subject_id = :subject")
			.param("action", action)
			.param("subject", subject.value())
			.query((rs, row) -> (Long) rs.getObject(1) == null ? null : rs.getLong(1))
			.list();
	}

}
