package nl.goedgesprek.feedback.web;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import nl.goedgesprek.feedback.internal.Answering;
import nl.goedgesprek.followup.Inbox;
import nl.goedgesprek.people.CurrentUser;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.people.May;
import nl.goedgesprek.people.People;
import nl.goedgesprek.people.PeopleAccess;
import nl.goedgesprek.shared.EditClash;
import nl.goedgesprek.shared.MessageRef;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * A colleague's answer draft on its own: the autosave (htmx) answers the status fragment, "Nu opslaan" without
 * JavaScript is redirected back to the page; a clash is a 409 fragment with htmx, and without it goes back to the
 * form with the message (the shell's {@code RefusalAdvice}).
 */
@WebMvcTest(AnswerController.class)
class AnswerControllerTests {

	private static final CurrentUser LISA = new CurrentUser(new EmployeeId(12L), "lisa@example.org", "Lisa", "x",
			Set.of());

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Answering answering;

	@MockitoBean
	People people;

	@MockitoBean
	Inbox inbox;

	/** The layout asks what the signed-in person may do; here: nothing beyond their own work. */
	@MockitoBean
	PeopleAccess access;

	@BeforeEach
	void mayNothingMore() {
		given(access.may(any())).willReturn(May.NOTHING);
	}

	@TestConfiguration
	static class FixedClock {

		@Bean
		Clock clock() {
			return Clock.fixed(Instant.parse("2026-12-01T09:52:00Z"), ZoneId.of("Europe/Amsterdam"));
		}

	}

	@Test
	void anHtmxAutosaveAnswersTheStatusFragmentOnly() throws Exception {
		given(answering.saveDraft(LISA.id(), 9L, 3, "Ze luistert goed", null)).willReturn(4);

		mvc.perform(post("/feedback/answers/9/draft").with(user(LISA)).with(csrf()).header("HX-Request", "true")
				.param("version", "3").param("answerOne", "Ze luistert goed"))
			.andExpect(status().isOk())
			.andExpect(view().name(AnswerController.SAVED))
			.andExpect(content().string(allOf(containsString("id=\"answer-version\""), containsString("value=\"4\""),
					containsString("Opgeslagen om 10:52"), not(containsString("<html")), not(containsString("<form")))));
	}

	@Test
	void savingWithoutJavaScriptIsRedirectedBackToThePage() throws Exception {
		given(answering.saveDraft(LISA.id(), 9L, 3, "Ze luistert goed", null)).willReturn(4);

		mvc.perform(post("/feedback/answers/9/draft").with(user(LISA)).with(csrf()).param("version", "3")
				.param("answerOne", "Ze luistert goed"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/feedback/answers/9"))
			.andExpect(flash().attribute("notice", "feedback.notice.draftSaved"));
	}

	@Test
	void anHtmxClashAnswers409AndSaysWhyInTheFragment() throws Exception {
		given(answering.saveDraft(any(), anyLong(), anyInt(), any(), any())).willThrow(new EditClash());

		mvc.perform(post("/feedback/answers/9/draft").with(user(LISA)).with(csrf()).header("HX-Request", "true")
				.param("version", "3").param("answerOne", "Ze luistert goed"))
			.andExpect(status().isConflict())
			.andExpect(view().name(AnswerController.SAVED))
			.andExpect(content().string(allOf(containsString("save-status--problem"),
					not(containsString("id=\"answer-version\"")), not(containsString("<html")))));
	}

	@Test
	void aClashWithoutJavaScriptGoesBackToTheFormWithTheMessageAndTheTypedText() throws Exception {
		given(answering.saveDraft(any(), anyLong(), anyInt(), any(), any())).willThrow(new EditClash());

		mvc.perform(post("/feedback/answers/9/draft").with(user(LISA)).with(csrf())
				.header("Referer", "http://localhost/feedback/answers/9").param("version", "3")
				.param("answerOne", "Ze luistert goed"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/feedback/answers/9"))
			.andExpect(flash().attribute("problem", MessageRef.of("form.conflict.reload")))
			.andExpect(flash().attribute("typedFields", java.util.Map.of("version", "3", "answerOne", "Ze luistert goed")));
	}

}
