package nl.goedgesprek.cards.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import nl.goedgesprek.cards.CardId;
import nl.goedgesprek.cards.Cards;
import nl.goedgesprek.cards.ConversationKind;
import nl.goedgesprek.cards.PublishedCard;
import nl.goedgesprek.cards.internal.CardEditing;
import nl.goedgesprek.support.ConversationSteps;
import nl.goedgesprek.support.DemoUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** HR edits a card into a new version; nobody else can; two editors never overwrite each other. */
@SpringBootTest(properties = "goedgesprek.demo.conversations=false")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({ DemoUsers.class, ConversationSteps.class })
@Transactional
class CardAdminIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoUsers demo;

	@Autowired
	Cards cards;

	@Autowired
	CardEditing editing;

	private PublishedCard checkIn() {
		return cards.publishedCards().stream().filter(c -> c.suggestedFor() == ConversationKind.CHECK_IN).findFirst()
			.orElseThrow();
	}

	@Test
	void onlyHrAndAdministratorsKeepTheCards() throws Exception {
		String card = "/admin/cards/" + checkIn().id();
		for (String who : new String[] { "sanne.devries", "pieter.jansen", "marleen.visser" }) {
			mvc.perform(get("/admin/cards").with(demo.as(who))).andExpect(status().isForbidden());
			mvc.perform(post(card + "/draft").with(demo.as(who)).with(csrf())).andExpect(status().isForbidden());
			mvc.perform(post(card + "/themes/welzijn").with(demo.as(who)).with(csrf()).param("title", "x")
				.param("statement", "y")).andExpect(status().isForbidden());
		}
		mvc.perform(get("/admin/cards").with(demo.as("fatima.elamrani"))).andExpect(status().isOk());
		mvc.perform(get("/admin/cards").with(demo.as("jeroen.bos"))).andExpect(status().isOk());
	}

	@Test
	void anEditedThemeIsPublishedAsANewVersion() throws Exception {
		PublishedCard card = checkIn();
		String base = "/admin/cards/" + card.id();
		var before = cards.version(card.currentVersion()).orElseThrow(); // its themes are kept from here on
		assertThat(before.state()).isEqualTo(nl.goedgesprek.cards.CardVersionState.PUBLISHED);
		assertThat(before.cardName()).isEqualTo(card.name());
		mvc.perform(post(base + "/draft").with(demo.as("fatima.elamrani")).with(csrf())).andExpect(status().is3xxRedirection());
		Integer draftVersion = editing.draft(card.id()).version();
		mvc.perform(post(base + "/themes/welzijn").with(demo.as("fatima.elamrani")).with(csrf())
				.param("title", "Energie").param("questions", "Wat geeft je energie?\nWat kost energie?")
				.param("statement", "Ik heb plezier in mijn werk.").param("topic", "WELLBEING").param("required", "true")
				.param("draftVersion", draftVersion.toString()))
			.andExpect(status().is3xxRedirection());
		assertThat(cards.publishedCard(card.id()).orElseThrow().currentVersion()).isEqualTo(card.currentVersion());

		mvc.perform(post(base + "/publish").with(demo.as("fatima.elamrani")).with(csrf())
				.param("draftVersion", editing.draft(card.id()).version().toString()))
			.andExpect(status().is3xxRedirection());
		var now = cards.publishedCard(card.id()).orElseThrow();
		assertThat(now.currentVersion()).isNotEqualTo(card.currentVersion());
		assertThat(cards.version(now.currentVersion()).orElseThrow().content().theme("welzijn").orElseThrow().title())
			.isEqualTo("Energie");
		assertThat(cards.version(card.currentVersion()).orElseThrow().content().theme("welzijn").orElseThrow().title())
			.isEqualTo("Werkplezier & energie");
		// what may change is read afresh, also for a version whose themes are kept
		assertThat(cards.version(card.currentVersion()).orElseThrow().state())
			.isEqualTo(nl.goedgesprek.cards.CardVersionState.SUPERSEDED);
		var published = cards.version(now.currentVersion()).orElseThrow();
		assertThat(published.state()).isEqualTo(nl.goedgesprek.cards.CardVersionState.PUBLISHED);
		assertThat(published.number()).isEqualTo(before.number() + 1);
		assertThat(published.cardName()).isEqualTo(card.name());
		assertThat(published.publishedAt()).isNotNull();
	}

	@Test
	void aStaleThemeFormKeepsWhatWasTypedAndSavesNothing() throws Exception {
		CardId id = checkIn().id();
		Integer opened = editing.draft(id).version();
		editing.changeDraft(id, opened, draft -> draft.moveTheme("welzijn", -1));

		mvc.perform(post("/admin/cards/" + id + "/themes/welzijn").with(demo.as("fatima.elamrani")).with(csrf())
				.param("title", "Mijn nieuwe titel").param("statement", "Ik heb plezier in mijn werk.")
				.param("draftVersion", opened.toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Iemand anders heeft dit intussen gewijzigd"),
					containsString("value=\"Mijn nieuwe titel\""))));
		assertThat(editing.draft(id).content().theme("welzijn").orElseThrow().title()).isEqualTo("Werkplezier & energie");
	}

	@Test
	void aThemeNeedsATitleAndAStatement() throws Exception {
		CardId id = checkIn().id();
		mvc.perform(post("/admin/cards/" + id + "/themes/welzijn").with(demo.as("fatima.elamrani")).with(csrf())
				.param("title", "").param("statement", "").param("questions", "Blijft staan?")
				.param("draftVersion", editing.draft(id).version().toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Geef het thema een titel."),
					containsString("Schrijf een stelling"), containsString("Blijft staan?"))));
	}

	@Test
	void thePreviewShowsTheCardAsParticipantsFillItIn() throws Exception {
		mvc.perform(get("/admin/cards/" + checkIn().id() + "/preview").with(demo.as("fatima.elamrani")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Deel hier geen medische informatie"),
					containsString("helemaal wel"), containsString("Waar ben je het meest trots op"))));
	}

}
