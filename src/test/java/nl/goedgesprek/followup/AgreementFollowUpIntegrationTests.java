package nl.goedgesprek.followup;

import nl.goedgesprek.conversations.AgreementStatus;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import nl.goedgesprek.conversations.ConversationId;
import nl.goedgesprek.conversations.Side;
import nl.goedgesprek.followup.internal.FollowedAgreement;
import nl.goedgesprek.shared.MessageRef;
import nl.goedgesprek.support.ConversationSteps;
import nl.goedgesprek.support.DemoUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An agreement's life after the conversation, and the terugkoppeling: only its owner reports, the
 * other participant hears about it in their inbox, nobody else sees either. Not transactional: the
 * inbox is filled after commit, by the event publication registry.
 */
@SpringBootTest(properties = "goedgesprek.demo.conversations=false")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({ DemoUsers.class, ConversationSteps.class })
class AgreementFollowUpIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoUsers demo;

	@Autowired
	ConversationSteps steps;

	@Autowired
	Inbox inbox;

	long agreement;

	@BeforeEach
	void anAgreementOwnedBySanne() {
		ConversationId id = steps.plan(demo.id("mohammed.elidrissi"), demo.id("pieter.jansen"),
				LocalDateTime.now().plusDays(1));
		steps.share(demo.id("mohammed.elidrissi"), id, ConversationSteps.EMPTY);
		steps.start(demo.id("mohammed.elidrissi"), id);
		steps.agree(demo.id("pieter.jansen"), id, "Meelopen met de kwaliteitsmedewerker", Side.EMPLOYEE,
				LocalDate.now().plusMonths(1), "ontwikkeling");
		steps.close(demo.id("pieter.jansen"), id);
		agreement = steps.agreementsOf(demo.id("mohammed.elidrissi")).get(0).rawId();
	}

	private String progress() {
		return "/agreements/" + agreement + "/progress";
	}

	/** The version the owner's page shows, as the progress form sends it. */
	private String version() {
		return String.valueOf(steps.agreementsOf(demo.id("mohammed.elidrissi")).get(0).version());
	}

	@Test
	void theOwnerReportsAndTheOtherHearsAboutIt() throws Exception {
		int before = inbox.unreadCount(demo.id("pieter.jansen"));
		mvc.perform(post(progress()).with(demo.as("mohammed.elidrissi")).with(csrf()).param("version", version()).param("status", "IN_PROGRESS")
				.param("note", "Eerste keer meegelopen"))
			.andExpect(flash().attribute("notice", "agreement.notice.progress"));

		await().atMost(Duration.ofSeconds(10)).until(() -> inbox.unreadCount(demo.id("pieter.jansen")) > before);
		mvc.perform(get("/inbox").with(demo.as("pieter.jansen")))
			.andExpect(content().string(containsString("Mohammed el Idrissi gaf voortgang door op de afspraak ‘")))
			.andExpect(content().string(containsString("Eerste keer meegelopen")));
		mvc.perform(get("/inbox").with(demo.as("lotte.bakker")))
			.andExpect(content().string(not(containsString("Eerste keer meegelopen"))));
	}

	@Test
	void onlyTheOwnerReports() throws Exception {
		mvc.perform(post(progress()).with(demo.as("pieter.jansen")).with(csrf()).param("status", "DONE"))
			.andExpect(flash().attribute("problem", MessageRef.of("agreement.error.notOwner")));
		mvc.perform(post(progress()).with(demo.as("lotte.bakker")).with(csrf()).param("status", "DONE"))
			.andExpect(status().isNotFound());
		mvc.perform(post(progress()).with(demo.as("fatima.elamrani")).with(csrf()).param("status", "DONE"))
			.andExpect(status().isNotFound());
		assertThat(steps.agreementsOf(demo.id("mohammed.elidrissi")).get(0).status()).isEqualTo(AgreementStatus.OPEN);
	}

	@Test
	void notAchievedNeedsAReasonAndTheTypedNoteIsKept() throws Exception {
		mvc.perform(post(progress()).with(demo.as("mohammed.elidrissi")).with(csrf()).param("version", version()).param("status", "NOT_ACHIEVED"))
			.andExpect(flash().attribute("problem", MessageRef.of("agreement.error.reasonNeeded")));
		mvc.perform(post(progress()).with(demo.as("mohammed.elidrissi")).with(csrf()).param("version", version()).param("status", "NOT_ACHIEVED")
				.param("note", "Geen tijd door de drukte in december"))
			.andExpect(flash().attribute("notice", "agreement.notice.progress"));
		FollowedAgreement stored = steps.agreementsOf(demo.id("mohammed.elidrissi")).get(0);
		assertThat(stored.statusReason()).isEqualTo("Geen tijd door de drukte in december");

		mvc.perform(post(progress()).with(demo.as("mohammed.elidrissi")).with(csrf()).param("version", version()).param("status", "DONE"))
			.andExpect(flash().attribute("problem", MessageRef.of("agreement.error.finished")));
	}

	@Test
	void theAgreementsPageShowsYoursAndYourPartnersButNobodyElses() throws Exception {
		mvc.perform(get("/agreements").with(demo.as("mohammed.elidrissi")))
			.andExpect(content().string(containsString("Meelopen met de kwaliteitsmedewerker")))
			.andExpect(content().string(containsString("Voortgang doorgeven")));
		mvc.perform(get("/agreements").with(demo.as("pieter.jansen")))
			.andExpect(content().string(containsString("Meelopen met de kwaliteitsmedewerker")));
		mvc.perform(get("/agreements").with(demo.as("lotte.bakker")))
			.andExpect(content().string(not(containsString("Meelopen met de kwaliteitsmedewerker"))));
		mvc.perform(get("/agreements").with(demo.as("marleen.visser")))
			.andExpect(content().string(not(containsString("Meelopen met de kwaliteitsmedewerker"))));
	}

}
