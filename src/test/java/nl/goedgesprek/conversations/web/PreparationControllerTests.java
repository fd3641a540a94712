package nl.goedgesprek.conversations.web;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import nl.goedgesprek.conversations.ConversationId;
import nl.goedgesprek.conversations.internal.Preparing;
import nl.goedgesprek.followup.Inbox;
import nl.goedgesprek.people.CurrentUser;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.people.People;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;
import nl.goedgesprek.shared.EditClash;

/**
 * The autosave endpoint on its own: an htmx request gets only the out-of-band fragment (new version and
 * status line), a plain form post is redirected, and a clash answers 409 with the reason.
 */
@WebMvcTest(PreparationController.class)
class PreparationControllerTests {

	private static final CurrentUser SANNE = new CurrentUser(new EmployeeId(7L), "sanne@example.org", "Sanne", "x",
			java.util.Set.of());

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Preparing preparing;

	@MockitoBean
	ConversationViews views;

	@MockitoBean
	People people;

	@MockitoBean
	Inbox inbox;

	/** The layout asks what the signed-in person may do; here: nothing beyond their own work. */
	@MockitoBean
	nl.goedgesprek.people.PeopleAccess access;

	@org.junit.jupiter.api.BeforeEach
	void mayNothingMore() {
		given(access.may(org.mockito.ArgumentMatchers.any())).willReturn(nl.goedgesprek.people.May.NOTHING);
	}

	@TestConfiguration
	static class FixedClock {

		@Bean
		Clock clock() {
			return Clock.fixed(Instant.parse("2026-12-01T09:52:00Z"), ZoneId.of("Europe/Amsterdam"));
		}

	}

	@Test
	void anHtmxSaveAnswersWithTheNewVersionAndTheTimeOnly() throws Exception {
		given(preparing.saveDraft(eq(SANNE.id()), eq(ConversationId.of(5L)), eq(3), any())).willReturn(4);

		mvc.perform(post("/conversations/5/preparation").with(user(SANNE)).with(csrf()).header("HX-Request", "true")
				.param("version", "3").param("a.resultaten.q1", "Trots"))
			.andExpect(status().isOk())
			.andExpect(view().name(PreparationController.SAVED_FRAGMENT))
			.andExpect(content().string(allOf(containsString("id=\"prep-version\""), containsString("value=\"4\""),
					containsString("hx-swap-oob"), containsString("Opgeslagen om 10:52"), not(containsString("<html")))));
	}

	@Test
	void aPlainFormPostIsRedirectedBackToThePage() throws Exception {
		given(preparing.saveDraft(any(), any(), any(), any())).willReturn(1);

		mvc.perform(post("/conversations/5/preparation").with(user(SANNE)).with(csrf()).param("a.resultaten.q1", "Trots"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/conversations/5/preparation"))
			.andExpect(flash().attribute("notice", "preparation.notice.saved"));
	}

	@Test
	void aClashAnswers409AndSaysWhyWithoutLosingTheTypedText() throws Exception {
		given(preparing.saveDraft(any(), any(), any(), any())).willThrow(new EditClash());

		mvc.perform(post("/conversations/5/preparation").with(user(SANNE)).with(csrf()).header("HX-Request", "true")
				.param("version", "1").param("a.resultaten.q1", "Trots"))
			.andExpect(status().isConflict())
			.andExpect(view().name(PreparationController.SAVED_FRAGMENT))
			.andExpect(content().string(allOf(containsString("in een ander venster of op een ander apparaat opgeslagen"),
					containsString("save-status--problem"), not(containsString("id=\"prep-version\"")))));
	}

}
