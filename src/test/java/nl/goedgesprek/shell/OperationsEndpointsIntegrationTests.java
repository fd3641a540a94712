package nl.goedgesprek.shell;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import nl.goedgesprek.support.DemoUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 14: the load balancer reads the health status without signing in, and nothing more; health
 * details are for administrators; metrics and build info need the metrics token (or an administrator)
 * and are refused to anyone else, signed in or not; no other actuator address answers.
 */
@SpringBootTest(properties = "goedgesprek.metrics.token=" + OperationsEndpointsIntegrationTests.TOKEN)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(DemoUsers.class)
class OperationsEndpointsIntegrationTests {

	static final String TOKEN = "een-lang-geheim-voor-prometheus-0123456789";

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoUsers demo;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.springframework.context.ApplicationContext context;

	/** While a node starts or stops, readiness says so with 503, to GET and HEAD alike; liveness stays UP. */
	@Test
	void aNodeThatIsNotReadySaysSoWithItsStatusCode() throws Exception {
		org.springframework.boot.availability.AvailabilityChangeEvent.publish(context,
				org.springframework.boot.availability.ReadinessState.REFUSING_TRAFFIC);
		try {
			mvc.perform(get("/actuator/health/readiness")).andExpect(status().isServiceUnavailable())
				.andExpect(jsonPath("$.status").value("OUT_OF_SERVICE"));
			mvc.perform(head("/actuator/health/readiness")).andExpect(status().isServiceUnavailable());
			mvc.perform(head("/actuator/health/liveness")).andExpect(status().isOk());
		}
		finally {
			org.springframework.boot.availability.AvailabilityChangeEvent.publish(context,
					org.springframework.boot.availability.ReadinessState.ACCEPTING_TRAFFIC);
		}
		mvc.perform(head("/actuator/health/readiness")).andExpect(status().isOk());
	}

	@Test
	void anyoneReadsTheHealthStatusAndOnlyTheStatus() throws Exception {
		for (String path : new String[] { "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness" }) {
			mvc.perform(get(path))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("UP"))
				.andExpect(jsonPath("$.components").doesNotExist())
				.andExpect(jsonPath("$.details").doesNotExist())
				.andExpect(header().doesNotExist("Set-Cookie"));
			// a load balancer that checks with HEAD reads the same status code
			mvc.perform(head(path)).andExpect(status().isOk());
		}
		mvc.perform(get("/actuator/health").with(demo.as("sanne.devries")))
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components").doesNotExist());
		mvc.perform(get("/actuator/health").with(demo.as("fatima.elamrani")))
			.andExpect(jsonPath("$.components").doesNotExist());
	}

	@Test
	void administratorsSeeTheDetailsWithTheDatabase() throws Exception {
		mvc.perform(get("/actuator/health").with(demo.as("jeroen.bos")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.components.db.status").value("UP"))
			.andExpect(jsonPath("$.components.db.details.database").value("H2"));
		mvc.perform(get("/actuator/health/readiness").with(demo.as("jeroen.bos")))
			.andExpect(jsonPath("$.components.db.status").value("UP"))
			.andExpect(jsonPath("$.components.readinessState.status").value("UP"));
		mvc.perform(get("/actuator/health/liveness").with(demo.as("jeroen.bos")))
			.andExpect(jsonPath("$.components.db").doesNotExist());
	}

	@Test
	void metricsAndBuildInfoAreRefusedWithoutTheToken() throws Exception {
		for (String path : new String[] { "/actuator/prometheus", "/actuator/info" }) {
			mvc.perform(get(path)).andExpect(status().isUnauthorized()).andExpect(content().string(not(containsString("jvm_"))));
			mvc.perform(get(path).header("Authorization", "Bearer " + TOKEN + "x")).andExpect(status().isUnauthorized());
			mvc.perform(get(path).header("Authorization", "Bearer")).andExpect(status().isUnauthorized());
			mvc.perform(get(path).header("Authorization", TOKEN)).andExpect(status().isUnauthorized());
			mvc.perform(get(path).with(demo.as("sanne.devries"))).andExpect(status().isForbidden());
			mvc.perform(get(path).with(demo.as("fatima.elamrani"))).andExpect(status().isForbidden());
			mvc.perform(get(path).with(demo.as("pieter.jansen"))).andExpect(status().isForbidden());
		}
	}

	@Test
	void noOtherActuatorAddressAnswers() throws Exception {
		for (String path : new String[] { "/actuator", "/actuator/env", "/actuator/beans", "/actuator/heapdump",
				"/actuator/loggers", "/actuator/metrics", "/actuator/sessions" }) {
			mvc.perform(get(path)).andExpect(status().isUnauthorized());
			mvc.perform(get(path).header("Authorization", "Bearer " + TOKEN)).andExpect(status().isUnauthorized());
			mvc.perform(get(path).with(demo.as("jeroen.bos"))).andExpect(status().isForbidden());
		}
		// no form posts here: refused before anything else (no CSRF token)
		mvc.perform(post("/actuator/health")).andExpect(status().isForbidden());
	}

	@Test
	void prometheusReadsTheBusinessGaugesWithTheToken() throws Exception {
		long failures = failuresSoFar();
		mvc.perform(formLogin("/login").user("sanne.devries@horizon.example").password("verkeerd"));
		jdbc.sql("""
				insert into mail_outbox (dedupe_key, recipient_id, to_address, kind, language, subject, body, created_at, attempts)
				values ('meters-test', :who, 'sanne.devries@horizon.example', 'PREPARE', 'nl', 'Test', 'Test', :at, 0)""")
			.param("who", demo.id("sanne.devries").value())
			.param("at", java.sql.Timestamp.from(Instant.now().minusSeconds(600)))
			.update();
		try {
			String text = scrape();
			assertThat(text).contains("goedgesprek_mail_outbox_backlog{", "goedgesprek_mail_failed{",
					"goedgesprek_insights_lag_events{", "goedgesprek_insights_lag_oldest_age_seconds{",
					"goedgesprek_conversations_held_today{", "goedgesprek_events_failed{", "application=\"goedgesprek\"");
			assertThat(value(text, "goedgesprek_mail_outbox_backlog")).isGreaterThanOrEqualTo(1);
			assertThat(value(text, "goedgesprek_mail_outbox_oldest_age_seconds")).isBetween(590.0, 3600.0);
			assertThat(value(text, "goedgesprek_signin_failures_total")).isEqualTo(failures + 1);
		}
		finally {
			jdbc.sql("delete from mail_outbox where dedupe_key = 'meters-test'").update();
		}
	}

	@Test
	void buildInfoNamesTheVersionAndTheCommit() throws Exception {
		mvc.perform(get("/actuator/info").header("Authorization", "Bearer " + TOKEN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.build.version").exists())
			.andExpect(jsonPath("$.build.artifact").value("goedgesprek"));
		mvc.perform(get("/actuator/info").with(demo.as("jeroen.bos"))).andExpect(status().isOk());
	}

	@Test
	void everyAnswerCarriesItsRequestIdAndAPlainIncomingOneIsKept() throws Exception {
		mvc.perform(get("/login").header(RequestIds.HEADER, "lb-1234.abc_DEF"))
			.andExpect(header().string(RequestIds.HEADER, "lb-1234.abc_DEF"));
		String made = mvc.perform(get("/login")).andReturn().getResponse().getHeader(RequestIds.HEADER);
		assertThat(made).matches("[0-9a-f-]{36}");
		for (String forged : new String[] { "a\nFAKE log line", "x".repeat(65), "<script>", "a b" }) {
			String answer = mvc.perform(get("/login").header(RequestIds.HEADER, forged))
				.andReturn()
				.getResponse()
				.getHeader(RequestIds.HEADER);
			assertThat(answer).isNotEqualTo(forged).matches("[0-9a-f-]{36}");
		}
		mvc.perform(get("/actuator/health").header(RequestIds.HEADER, "probe-1"))
			.andExpect(header().string(RequestIds.HEADER, "probe-1"));
	}

	private long failuresSoFar() throws Exception {
		String text = scrape();
		return text.contains("goedgesprek_signin_failures_total") ? (long) value(text, "goedgesprek_signin_failures_total") : 0;
	}

	private String scrape() throws Exception {
		return mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + TOKEN))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** The value of the first sample of this metric in Prometheus' text format. */
	static double value(String text, String metric) {
		return text.lines()
			.filter(line -> line.startsWith(metric + "{") || line.startsWith(metric + " "))
			.map(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No metric " + metric));
	}

}
