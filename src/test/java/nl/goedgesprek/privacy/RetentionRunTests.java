package nl.goedgesprek.privacy;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import nl.goedgesprek.conversations.ConversationId;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.privacy.internal.RetentionRuns;
import nl.goedgesprek.shared.Refusal;
import nl.goedgesprek.support.ConversationSteps;
import nl.goedgesprek.support.DemoUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Retention (issue 13, item 3) against a real database, on H2 and on PostgreSQL: the dry run counts
 * exactly what the real run removes; the run removes what is past its term and nothing else; people
 * under a legal hold and people still active are skipped; a form sent twice runs once; HR sees the dry
 * run but changes nothing. Commits for real, so each database has its own schema.
 */
@SpringBootTest(properties = "spring.application.name=retention")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({ DemoUsers.class, ConversationSteps.class })
abstract class RetentionRunTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoUsers demo;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RetentionRuns runs;

	@Autowired
	ConversationSteps steps;

	@Test
	void theRunRemovesWhatIsPastItsTermExactlyAsTheDryRunSaid() throws Exception {
		long thijs = departed("thijs.vandijk", 30, false);
		long noor = departed("noor.vermeulen", 30, false);
		long femke = departed("femke.degraaf", 6, false);
		long youssef = departed("youssef.amrani", 30, true);
		long lisa = demo.id("lisa.hendriks").value();
		mvc.perform(post("/admin/privacy/holds").with(demo.as("jeroen.bos")).with(csrf())
			.param("email", "noor.vermeulen@horizon.example").param("reason", "Procedure, kenmerk 2026-17")
			.param("until", LocalDate.now().plusMonths(6).toString()))
			.andExpect(redirectedUrl("/admin/privacy/retention"));
		Instant old = Instant.now().minus(800, ChronoUnit.DAYS);
		Instant recent = Instant.now().minus(2, ChronoUnit.DAYS);
		for (Instant at : List.of(old, old, old, recent)) {
			readLine(at, lisa);
			notification(at, lisa);
			mail(at, lisa, true);
		}
		readLine(old, noor);
		mail(old, lisa, false);
		ConversationId cancelled = unsharedDraftOfCancelled(lisa, demo.id("ruben.peters").value());

		RetentionRuns.Counts dry = runs.dryRun();
		assertThat(runs.dryRun()).isEqualTo(dry);
		assertThat(dry.people()).isEqualTo(1);
		assertThat(dry.skipped()).isEqualTo(2);
		assertThat(dry.readLog()).isEqualTo(3);
		assertThat(dry.inbox()).isEqualTo(3);
		assertThat(dry.mail()).isEqualTo(3);
		assertThat(dry.drafts()).isEqualTo(2);
		assertThat(dry.recordRows()).isPositive();

		RetentionRuns.Counts real = runs.run("test-run-0000000001", demo.id("jeroen.bos"));
		assertThat(real).isEqualTo(dry);
		assertThat(erased(thijs)).isTrue();
		assertThat(erased(noor)).as("under a legal hold").isFalse();
		assertThat(erased(femke)).as("within the term").isFalse();
		assertThat(erased(youssef)).as("still active").isFalse();
		assertThat(count("select count(*) from read_log where subject_id = :p", lisa)).isOne();
		assertThat(count("select count(*) from read_log where subject_id = :p", noor)).isOne();
		assertThat(count("select count(*) from notification where recipient_id = :p and created_at < :t", lisa)).isZero();
		assertThat(count("select count(*) from mail_outbox where dedupe_key = :p", "unsent-old"))
			.as("mail not yet sent stays").isOne();
		assertThat(count("select count(*) from preparation where conversation_id = :p", cancelled.value())).isZero();

		RetentionRuns.Counts after = runs.dryRun();
		assertThat(after).isEqualTo(new RetentionRuns.Counts(0, 0, 0, 0, 0, 0, 2));
		assertThatThrownBy(() -> runs.run("test-run-0000000001", demo.id("jeroen.bos"))).isInstanceOf(Refusal.class);
		assertThat(count("select count(*) from retention_run where people = :p", 1)).isOne();

		// Lifted, the hold no longer protects Noor: the next run erases her.
		long hold = jdbc.sql("select id from legal_hold where employee_id = :p").param("p", noor).query(Long.class).single();
		mvc.perform(post("/admin/privacy/holds/{id}/lift", hold).with(demo.as("jeroen.bos")).with(csrf()))
			.andExpect(redirectedUrl("/admin/privacy/retention"));
		String page = mvc.perform(get("/admin/privacy/retention").with(demo.as("jeroen.bos")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		String key = page.replaceAll("(?s).*name=\"runKey\" value=\"([^\"]+)\".*", "$1");
		mvc.perform(post("/admin/privacy/retention/run").param("runKey", key).with(demo.as("jeroen.bos")).with(csrf()))
			.andExpect(redirectedUrl("/admin/privacy/retention"));
		assertThat(erased(noor)).isTrue();
		// The same form again (a stale tab): refused, no second run.
		mvc.perform(post("/admin/privacy/retention/run").param("runKey", key).with(demo.as("jeroen.bos")).with(csrf()))
			.andExpect(content().string(containsString("al uitgevoerd")));
		assertThat(count("select count(*) from retention_run where request_key = :p", key)).isOne();
	}

	@Test
	void hrSeesTheDryRunButOnlyAnAdministratorChangesOrRuns() throws Exception {
		mvc.perform(get("/admin/privacy/retention").with(demo.as("fatima.elamrani")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Wat de volgende run verwijdert")))
			.andExpect(content().string(not(containsString("Nu uitvoeren"))));
		for (String who : List.of("fatima.elamrani", "pieter.jansen", "sanne.devries")) {
			mvc.perform(post("/admin/privacy/retention/run").param("runKey", "k-000000000000000000").with(demo.as(who))
				.with(csrf())).andExpect(status().isForbidden());
			mvc.perform(post("/admin/privacy/retention").param("records", "60").with(demo.as(who)).with(csrf()))
				.andExpect(status().isForbidden());
			mvc.perform(post("/admin/privacy/holds").param("email", "sanne.devries@horizon.example").with(demo.as(who))
				.with(csrf())).andExpect(status().isForbidden());
			mvc.perform(post("/admin/privacy/holds/1/lift").with(demo.as(who)).with(csrf())).andExpect(status().isForbidden());
		}
		for (String who : List.of("pieter.jansen", "sanne.devries", "marleen.visser")) {
			mvc.perform(get("/admin/privacy/retention").with(demo.as(who))).andExpect(status().isForbidden());
		}
	}

	@Test
	void termsHaveBoundsAStaleFormClashesAndEveryChangeIsAudited() throws Exception {
		int version = jdbc.sql("select version from retention_terms").query(Integer.class).single();
		mvc.perform(post("/admin/privacy/retention").with(demo.as("jeroen.bos")).with(csrf()).param("records", "6")
			.param("drafts", "6").param("readLog", "24").param("mail", "6").param("inbox", "12")
			.param("version", String.valueOf(version)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kies 12 tot 120 maanden.")));
		mvc.perform(post("/admin/privacy/retention").with(demo.as("jeroen.bos")).with(csrf()).param("records", "120")
			.param("drafts", "6").param("readLog", "24").param("mail", "6").param("inbox", "12")
			.param("version", String.valueOf(version)))
			.andExpect(redirectedUrl("/admin/privacy/retention"));
		mvc.perform(post("/admin/privacy/retention").with(demo.as("jeroen.bos")).with(csrf()).param("records", "60")
			.param("drafts", "6").param("readLog", "24").param("mail", "6").param("inbox", "12")
			.param("version", String.valueOf(version)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Iemand anders heeft dit intussen gewijzigd")));
		assertThat(jdbc.sql("select records_months from retention_terms").query(Integer.class).single()).isEqualTo(120);
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() -> jdbc
			.sql("select count(*) from audit_event where action = 'RETENTION_TERMS_CHANGED'").query(Long.class).single() == 1);
		// A hold longer than two years is refused next to the field.
		mvc.perform(post("/admin/privacy/holds").with(demo.as("jeroen.bos")).with(csrf())
			.param("email", "sanne.devries@horizon.example").param("reason", "Procedure")
			.param("until", LocalDate.now().plusYears(3).toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("hoogstens 2 jaar vooruit")));
		jdbc.sql("update retention_terms set records_months = 24, version = version + 1").update();
	}

	private long departed(String who, int monthsAgo, boolean stillActive) {
		long id = demo.id(who).value();
		jdbc.sql("update employee set active = :active, employment_end = :end where id = :id")
			.param("active", stillActive).param("end", java.sql.Date.valueOf(LocalDate.now().minusMonths(monthsAgo)))
			.param("id", id).update();
		return id;
	}

	private boolean erased(long id) {
		return count("select count(*) from employee where erased_at is not null and id = :p", id) == 1;
	}

	private long count(String sql, Object value) {
		return jdbc.sql(sql).param("p", value).param("t", Timestamp.from(Instant.now().minus(30, ChronoUnit.DAYS)))
			.query(Long.class).single();
	}

	private void readLine(Instant at, long subject) {
		jdbc.sql("insert into read_log (at, reader_id, subject_id, kind) values (:at, :r, :s, 'RECORD')")
			.param("at", Timestamp.from(at)).param("r", demo.id("ruben.peters").value()).param("s", subject).update();
	}

	private void notification(Instant at, long recipient) {
		jdbc.sql("insert into notification (recipient_id, kind, created_at) values (:r, 'RECORD_SHARED', :at)")
			.param("r", recipient).param("at", Timestamp.from(at)).update();
	}

	private void mail(Instant at, long recipient, boolean sent) {
		jdbc.sql("""
				insert into mail_outbox (dedupe_key, recipient_id, to_address, kind, language, subject, body, created_at,
				                         attempts, sent_at)
				values (:key, :r, 'x@horizon.example', 'INVITATION', 'nl', 'Onderwerp', 'Tekst', :at, 1, :sent)""")
			.param("key", sent ? java.util.UUID.randomUUID().toString() : "unsent-old").param("r", recipient).param("at", Timestamp.from(at))
			.param("sent", sent ? Timestamp.from(at) : null, java.sql.Types.TIMESTAMP).update();
	}

	private ConversationId unsharedDraftOfCancelled(long employee, long manager) {
		ConversationId id = steps.plan(EmployeeId.of(manager), EmployeeId.of(employee), LocalDate.now().plusDays(3).atTime(9, 0));
		steps.saveDraft(EmployeeId.of(employee), id,
				ConversationSteps.preparation(Map.of(), Map.of(), List.of("Een punt dat nooit besproken werd")));
		jdbc.sql("update conversation set status = 'CANCELLED', scheduled_at = :at where id = :id")
			.param("at", Timestamp.valueOf(LocalDate.now().minusMonths(8).atTime(9, 0))).param("id", id.value()).update();
		return id;
	}

}
