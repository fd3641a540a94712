package nl.goedgesprek.followup;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import nl.goedgesprek.conversations.Conversations;
import nl.goedgesprek.conversations.RhythmFacts;
import nl.goedgesprek.support.ConversationSteps;
import nl.goedgesprek.support.DemoUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The manager's team overview and HR's overdue list, on the demo organisation with its demo
 * conversations: who is behind on the rhythm, with dates and counts and never content.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({ DemoUsers.class, ConversationSteps.class })
@Transactional
class TeamOverviewIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoUsers demo;

	@Autowired
	Conversations conversations;

	@Test
	void overdueMeansNothingPlannedAndNothingHeldWithinTheRhythm() {
		LocalDateTime now = LocalDateTime.now();
		RhythmFacts never = new RhythmFacts(demo.id("anouk.mulder"), null, null, 0, 0, null);
		RhythmFacts longAgo = new RhythmFacts(demo.id("anouk.mulder"), now.minusWeeks(7), null, 0, 0, null);
		RhythmFacts recent = new RhythmFacts(demo.id("anouk.mulder"), now.minusWeeks(5), null, 0, 0, null);
		RhythmFacts planned = new RhythmFacts(demo.id("anouk.mulder"), null, now.plusDays(3), 0, 0, null);
		RhythmFacts ownSlowerRhythm = new RhythmFacts(demo.id("anouk.mulder"), now.minusWeeks(7), null, 0, 0, 10);
		RhythmFacts ownFasterRhythm = new RhythmFacts(demo.id("anouk.mulder"), now.minusWeeks(5), null, 0, 0, 4);
		assertThat(never.overdue(now, 6)).isTrue();
		assertThat(longAgo.overdue(now, 6)).isTrue();
		assertThat(recent.overdue(now, 6)).isFalse();
		assertThat(planned.overdue(now, 6)).isFalse();
		assertThat(ownSlowerRhythm.overdue(now, 6)).as("the pair's own rhythm counts, not the organisation's").isFalse();
		assertThat(ownFasterRhythm.overdue(now, 6)).isTrue();

		var anouk = demo.id("anouk.mulder");
		assertThat(new RhythmFacts(anouk, null, null, 0, 0, null, now.minusMonths(13), false).annualOverdue(now, 12, null))
			.as("last annual 13 months ago").isTrue();
		assertThat(new RhythmFacts(anouk, null, null, 0, 0, null, now.minusMonths(11), false).annualOverdue(now, 12, null))
			.isFalse();
		assertThat(new RhythmFacts(anouk, null, null, 0, 0, null, now.minusMonths(13), true).annualOverdue(now, 12, null))
			.as("one is planned").isFalse();
		assertThat(new RhythmFacts(anouk, null, null, 0, 0, null, null, false)
			.annualOverdue(now, 12, now.toLocalDate().minusMonths(3))).as("started three months ago").isFalse();
		assertThat(new RhythmFacts(anouk, null, null, 0, 0, null, null, false)
			.annualOverdue(now, 12, now.toLocalDate().minusYears(2))).as("two years in, never had one").isTrue();
	}

	@Test
	void theDemoFactsMatchTheDemoConversations() {
		var facts = conversations.rhythmFacts(java.util.List.of(demo.id("sanne.devries"), demo.id("daan.smit"),
				demo.id("anouk.mulder"), demo.id("youssef.amrani")), LocalDateTime.now());
		assertThat(facts.get(demo.id("sanne.devries")).lastHeld()).isNotNull();
		assertThat(facts.get(demo.id("sanne.devries")).nextPlanned()).isNotNull();
		// the training, the overdue home-working agreement and Pieter's nomination (in progress) of the demo month
		assertThat(facts.get(demo.id("sanne.devries")).openAgreements()).isEqualTo(3);
		assertThat(facts.get(demo.id("daan.smit")).nextPlanned()).isNotNull();
		// Anouk's last check-in was in Pieter's round four months ago; Youssef never had one
		assertThat(facts.get(demo.id("anouk.mulder")).lastHeld().toLocalDate())
			.isEqualTo(java.time.LocalDate.now().minusMonths(4).withDayOfMonth(11));
		assertThat(facts.get(demo.id("youssef.amrani")).lastHeld()).isNull();
		assertThat(facts.get(demo.id("sanne.devries")).annualPlanned()).as("her annual conversation is planned").isTrue();
		assertThat(facts.get(demo.id("daan.smit")).lastAnnual()).isNull();
	}

	@Test
	void aManagerSeesTheirOwnTeamWithOverdueMarksAndNoOneElse() throws Exception {
		mvc.perform(get("/team").with(demo.as("pieter.jansen")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Anouk Mulder"), containsString("achterstallig"),
					containsString("jaargesprek te laat"), not(containsString("Bram Dekker")),
					not(containsString("Training klantgesprekken")))));
	}

	@Test
	void hrSeesWhoIsOverdueWithNamesAndDatesOnly() throws Exception {
		mvc.perform(get("/admin/conversations").with(demo.as("fatima.elamrani")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Achterstallig"), containsString("Anouk Mulder"),
					not(containsString("Rooster voor de ochtenden")), not(containsString("Het portaal werkt goed")))));
	}

	@Test
	void theRhythmIsTheOrganisationsToSet() throws Exception {
		mvc.perform(post("/admin/organisation").with(demo.as("jeroen.bos")).with(csrf()).param("name", "Stichting De Horizon")
				.param("checkInWeeks", "0").param("annualMonths", "12").param("themeMonths", "6").param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kies een aantal weken van 1 tot 26.")));
		mvc.perform(post("/admin/organisation").with(demo.as("jeroen.bos")).with(csrf()).param("name", "Stichting De Horizon")
				.param("checkInWeeks", "52").param("annualMonths", "12").param("themeMonths", "6").param("version", "0"))
			.andExpect(status().isOk());
		mvc.perform(post("/admin/organisation").with(demo.as("jeroen.bos")).with(csrf()).param("name", "Stichting De Horizon")
				.param("checkInWeeks", "26").param("annualMonths", "12").param("themeMonths", "6").param("version", "0"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/team").with(demo.as("pieter.jansen")))
			.andExpect(content().string(containsString("elke 26 weken een check-in")));
	}

}
