package nl.goedgesprek.calendar;

import java.io.StringReader;
import java.net.URI;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import nl.goedgesprek.cards.Cards;
import nl.goedgesprek.cards.ConversationKind;
import nl.goedgesprek.conversations.ConversationId;
import nl.goedgesprek.people.People;
import nl.goedgesprek.support.ConversationSteps;
import nl.goedgesprek.support.DemoUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The personal calendar feed: made and revoked by its owner on their settings page, readable without
 * signing in only with the secret address, listing the owner's own conversations and nobody else's.
 * Also the language a person chooses, which their mail follows.
 */
@SpringBootTest(properties = "goedgesprek.demo.conversations=false")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({ DemoUsers.class, ConversationSteps.class })
class CalendarFeedIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoUsers demo;

	@Autowired
	CalendarFeeds feeds;

	@Autowired
	ConversationSteps steps;

	@Autowired
	Cards cards;

	@Autowired
	People people;

	@Test
	void theFeedListsTheOwnersConversationsAndStopsWhenRevoked() throws Exception {
		ConversationId own = steps.plan(demo.id("pieter.jansen"), demo.id("kevin.deboer"), ConversationKind.ANNUAL,
				LocalDate.now().plusDays(7).atTime(13, 0), cards.publishedCards().get(0).id());
		ConversationId someoneElses = steps.plan(demo.id("pieter.jansen"), demo.id("anouk.mulder"),
				ConversationKind.CHECK_IN, LocalDate.now().plusDays(8).atTime(13, 0), cards.publishedCards().get(0).id());

		mvc.perform(post("/me/settings/calendar").with(demo.as("kevin.deboer")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		URI address = feeds.addressOf(demo.id("kevin.deboer")).orElseThrow();
		mvc.perform(get("/me/settings").with(demo.as("kevin.deboer")))
			.andExpect(content().string(containsString(address.toString())));

		String ics = mvc.perform(get(address.getPath()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/calendar")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
		assertThat(calendar.getComponents(Component.VEVENT)).hasSize(1);
		assertThat(calendar.getComponents(Component.VEVENT).get(0).getProperty(Property.UID).orElseThrow().getValue())
			.isEqualTo("conversation-" + own.value() + "@goedgesprek");
		assertThat(ics).contains("Jaargesprek met Pieter Jansen")
			.doesNotContain("conversation-" + someoneElses.value() + "@");

		mvc.perform(post("/me/settings/calendar").with(demo.as("kevin.deboer")).with(csrf()));
		URI renewed = feeds.addressOf(demo.id("kevin.deboer")).orElseThrow();
		assertThat(renewed).isNotEqualTo(address);
		mvc.perform(get(address.getPath())).andExpect(status().isNotFound());
		mvc.perform(get(renewed.getPath())).andExpect(status().isOk());

		mvc.perform(post("/me/settings/calendar/revoke").with(demo.as("kevin.deboer")).with(csrf()));
		mvc.perform(get(renewed.getPath())).andExpect(status().isNotFound());
		assertThat(feeds.addressOf(demo.id("kevin.deboer"))).isEmpty();
	}

	@Test
	void aGuessedOrMalformedAddressFindsNothing() throws Exception {
		feeds.renew(demo.id("anouk.mulder"));
		mvc.perform(get("/calendar/feed/" + "A".repeat(43) + ".ics")).andExpect(status().isNotFound());
		mvc.perform(get("/calendar/feed/short.ics")).andExpect(status().isNotFound());
		mvc.perform(get("/calendar/feed/%27%20or%201=1--.ics")).andExpect(status().is4xxClientError());
	}

	@Test
	void aPersonKeepsTheLanguageTheyChose() throws Exception {
		assertThat(people.language(demo.id("daan.smit"))).isEqualTo(Locale.forLanguageTag("nl"));
		mvc.perform(post("/language").param("lang", "en").param("back", "/").with(demo.as("daan.smit")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(people.language(demo.id("daan.smit"))).isEqualTo(Locale.forLanguageTag("en"));

		mvc.perform(post("/me/settings/language").param("language", "nl").with(demo.as("daan.smit")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(people.language(demo.id("daan.smit"))).isEqualTo(Locale.forLanguageTag("nl"));

		mvc.perform(post("/me/settings/language").param("language", "fr").with(demo.as("daan.smit")).with(csrf()));
		assertThat(people.language(demo.id("daan.smit"))).as("only Dutch and English").isEqualTo(Locale.forLanguageTag("nl"));
	}

	@Test
	void theSentMailPageIsForAdminsInDemoModeOnly() throws Exception {
		mvc.perform(get("/admin/mail").with(demo.as("jeroen.bos"))).andExpect(status().isOk());
		mvc.perform(get("/admin/mail").with(demo.as("fatima.elamrani"))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/mail").with(demo.as("sanne.devries"))).andExpect(status().isForbidden());
	}

}
