package nl.goedgesprek.conversations.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import nl.goedgesprek.conversations.ConversationId;
import nl.goedgesprek.conversations.Side;
import nl.goedgesprek.conversations.internal.Acknowledgement;
import nl.goedgesprek.conversations.internal.PreparationDraft;
import nl.goedgesprek.conversations.internal.Recording;
import nl.goedgesprek.conversations.internal.Talking;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.shared.MessageRef;
import nl.goedgesprek.support.ConversationSteps;
import nl.goedgesprek.support.DemoUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * PRIVACY.md: after a move, the new manager sees an old record only when the employee shares it.
 * Sanne held a check-in with Pieter, then moved to Ingrid. Every step tries the rule from the other
 * side: before sharing, by someone else, after she moves on, after she stops sharing.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({ DemoUsers.class, ConversationSteps.class })
@Transactional
class RecordSharingIntegrationTests {

	private static final String NOTE = "Sanne wil meer klantcontact via het portaal";

	private static final String AGREEMENT = "Twee dagen meelopen met de portaalbeheerder";

	private static final String VIEW = "Ik had graag eerder om hulp gevraagd";

	private static final String PREPARATION = "Wat alleen Sanne en Pieter ooit lazen";

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoUsers demo;

	@Autowired
	ConversationSteps steps;

	@Autowired
	Talking talking;

	@Autowired
	Recording recording;

	@Autowired
	JdbcClient jdbc;

	EmployeeId sanne;

	ConversationId held;

	String record;

	String shared;

	@BeforeEach
	void sanneHeldACheckInWithPieter() {
		sanne = demo.id("sanne.devries");
		EmployeeId pieter = demo.id("pieter.jansen");
		PreparationDraft draft = new PreparationDraft(Map.of("resultaten.q1", PREPARATION), Map.of("resultaten.statement", 4),
				List.of(), null);
		held = steps.held(sanne, pieter, draft, id -> {
			talking.writeNote(pieter, id, "resultaten", null, NOTE);
			talking.makeAgreement(pieter, id, AGREEMENT, Side.EMPLOYEE, LocalDate.now().plusMonths(1), "resultaten");
		});
		recording.addEmployeeView(sanne, held, VIEW);
		record = "/conversations/" + held + "/record";
		shared = "/conversations/" + held + "/shared";
	}

	@Test
	void theNewManagerReadsTheRecordOnlyOnceSanneSharesIt() throws Exception {
		mvc.perform(post(record + "/share").with(demo.as("sanne.devries")).with(csrf()))
			.andExpect(flash().attribute("problem", MessageRef.of("record.share.error.noNewManager")));
		recording.acknowledge(sanne, held, Acknowledgement.Kind.SEEN);
		recording.acknowledge(demo.id("pieter.jansen"), held, Acknowledgement.Kind.SEEN);
		assertThat(page("sanne.devries", record)).contains("Het volgende gesprek").doesNotContain("Delen met");

		moveSanneTo("ingrid.hoekstra");
		mvc.perform(get(shared).with(demo.as("ingrid.hoekstra"))).andExpect(status().isNotFound());
		assertThat(page("sanne.devries", record)).contains("Delen met Ingrid Hoekstra", "Dit verslag delen met Ingrid Hoekstra")
			.as("no next conversation with Pieter proposed from an old record").doesNotContain("Het volgende gesprek");
		assertThat(page("pieter.jansen", record)).as("only the employee is offered sharing").doesNotContain("Delen met");

		mvc.perform(post(record + "/share").with(demo.as("pieter.jansen")).with(csrf()))
			.andExpect(flash().attribute("problem", MessageRef.of("record.share.error.notEmployee")));
		mvc.perform(post(record + "/share").with(demo.as("ingrid.hoekstra")).with(csrf())).andExpect(status().isNotFound());
		mvc.perform(get(shared).with(demo.as("ingrid.hoekstra"))).andExpect(status().isNotFound());

		mvc.perform(post(record + "/share").with(demo.as("sanne.devries")).with(csrf()))
			.andExpect(flash().attribute("notice", "record.share.notice.shared"));
		String read = page("ingrid.hoekstra", shared);
		assertThat(read).contains("Gedeeld verslag", NOTE, AGREEMENT, VIEW)
			.doesNotContain(PREPARATION, "/record/acknowledge", "/record/view", "/record/amendments", "/record/pulse");
		assertThat(page("sanne.devries", record)).contains("Gedeeld met Ingrid Hoekstra sinds", "Delen stoppen");
	}

	@Test
	void aSharedRecordStaysReadOnlyAndForTheNewManagerAlone() throws Exception {
		moveSanneTo("ingrid.hoekstra");
		mvc.perform(post(record + "/share").with(demo.as("sanne.devries")).with(csrf()));
		page("ingrid.hoekstra", shared);

		List<MockHttpServletRequestBuilder> participantsOnly = List.of(get(record), get("/conversations/" + held),
				get("/conversations/" + held + "/preparation"), post(record + "/acknowledge").param("kind", "SEEN"),
				post(record + "/amendments").param("text", "Ingrid schrijft mee"), post(record + "/share/stop"));
		for (MockHttpServletRequestBuilder request : participantsOnly) {
			mvc.perform(request.with(demo.as("ingrid.hoekstra")).with(csrf())).andExpect(status().isNotFound());
		}
		for (String outsider : new String[] { "marleen.visser", "ruben.peters", "fatima.elamrani", "jeroen.bos",
				"lotte.bakker" }) {
			mvc.perform(get(shared).with(demo.as(outsider))).andExpect(status().isNotFound());
		}
		// The participants read the record itself.
		mvc.perform(get(shared).with(demo.as("pieter.jansen"))).andExpect(status().isNotFound());
	}

	@Test
	void theShareEndsWhenSanneStopsItOrMovesOn() throws Exception {
		moveSanneTo("ingrid.hoekstra");
		mvc.perform(post(record + "/share").with(demo.as("sanne.devries")).with(csrf()));
		mvc.perform(post(record + "/share/stop").with(demo.as("sanne.devries")).with(csrf()))
			.andExpect(flash().attribute("notice", "record.share.notice.stopped"));
		mvc.perform(get(shared).with(demo.as("ingrid.hoekstra"))).andExpect(status().isNotFound());

		mvc.perform(post(record + "/share").with(demo.as("sanne.devries")).with(csrf()));
		page("ingrid.hoekstra", shared);
		moveSanneTo("ruben.peters");
		// Ingrid is no longer her manager; Ruben never had it shared with him.
		mvc.perform(get(shared).with(demo.as("ingrid.hoekstra"))).andExpect(status().isNotFound());
		mvc.perform(get(shared).with(demo.as("ruben.peters"))).andExpect(status().isNotFound());
		assertThat(page("sanne.devries", record)).contains("Dit verslag delen met Ruben Peters");
	}

	@Test
	void onlyAHeldConversationIsShared() throws Exception {
		ConversationId planned = steps.plan(sanne, demo.id("pieter.jansen"), LocalDateTime.now().plusDays(5));
		moveSanneTo("ingrid.hoekstra");
		mvc.perform(post("/conversations/" + planned + "/record/share").with(demo.as("sanne.devries")).with(csrf()))
			.andExpect(flash().attribute("problem", MessageRef.of("record.share.error.notClosed")));
		mvc.perform(get("/conversations/" + planned + "/shared").with(demo.as("ingrid.hoekstra")))
			.andExpect(status().isNotFound());
	}

	private void moveSanneTo(String manager) {
		jdbc.sql("update employee set manager_id = :m where id = :e")
			.param("m", demo.id(manager).value())
			.param("e", sanne.value())
			.update();
	}

	private String page(String who, String path) throws Exception {
		return mvc.perform(get(path).with(demo.as(who)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
