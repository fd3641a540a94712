package nl.goedgesprek.conversations.web;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import nl.goedgesprek.conversations.ConversationId;
import nl.goedgesprek.conversations.internal.Note;
import nl.goedgesprek.conversations.internal.NoteRepository;
import nl.goedgesprek.conversations.internal.Talking;
import nl.goedgesprek.followup.Inbox;
import nl.goedgesprek.people.CurrentUser;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.people.May;
import nl.goedgesprek.people.People;
import nl.goedgesprek.people.PeopleAccess;
import nl.goedgesprek.shared.EditClash;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The talk page's joint notes on their own: with htmx a save answers only the note's fragment (new version,
 * status line, and on a clash the other's text), without it the form post is redirected back to the theme.
 */
@WebMvcTest(TalkController.class)
class TalkControllerTests {

	private static final CurrentUser PIETER = new CurrentUser(new EmployeeId(8L), "pieter@example.org", "Pieter", "x",
			Set.of());

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Talking talking;

	@MockitoBean
	ConversationViews views;

	@MockitoBean
	NoteRepository notes;

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

	@Test
	void anHtmxSaveAnswersTheNoteFragmentOnly() throws Exception {
		Note saved = mock(Note.class);
		given(saved.version()).willReturn(4);
		given(talking.writeNote(eq(PIETER.id()), eq(ConversationId.of(5L)), eq("welzijn"), eq(3), eq("Goed gesprek")))
			.willReturn(saved);

		mvc.perform(post("/conversations/5/notes/welzijn").with(user(PIETER)).with(csrf()).header("HX-Request", "true")
				.param("version", "3").param("text", "Goed gesprek"))
			.andExpect(status().isOk())
			.andExpect(view().name(TalkController.NOTE_SAVED))
			.andExpect(content().string(allOf(containsString("id=\"note-version-welzijn\""), containsString("value=\"4\""),
					containsString("hx-swap-oob"), not(containsString("<html")), not(containsString("<nav")))));
	}

	@Test
	void aPlainFormPostIsRedirectedBackToTheTheme() throws Exception {
		Note saved = mock(Note.class);
		given(saved.version()).willReturn(1);
		given(talking.writeNote(any(), any(), any(), any(), any())).willReturn(saved);

		mvc.perform(post("/conversations/5/notes/welzijn").with(user(PIETER)).with(csrf()).param("text", "Goed gesprek"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/conversations/5/talk#theme-welzijn"));
	}

	/** A clash keeps the writer's text in their field and shows the stored text beside it, in the fragment. */
	@Test
	void anHtmxClashAnswers409WithTheOthersTextInTheFragment() throws Exception {
		given(talking.writeNote(any(), any(), any(), any(), any())).willThrow(new EditClash());
		Note theirs = mock(Note.class);
		given(theirs.version()).willReturn(7);
		given(theirs.text()).willReturn("Sanne schreef dit");
		given(theirs.updatedBy()).willReturn(new EmployeeId(7L));
		given(notes.findByConversationIdAndThemeKey(ConversationId.of(5L), "welzijn")).willReturn(Optional.of(theirs));

		mvc.perform(post("/conversations/5/notes/welzijn").with(user(PIETER)).with(csrf()).header("HX-Request", "true")
				.param("version", "3").param("text", "Mijn tekst"))
			.andExpect(status().isConflict())
			.andExpect(view().name(TalkController.NOTE_SAVED))
			.andExpect(content().string(allOf(containsString("Sanne schreef dit"), containsString("value=\"7\""),
					containsString("role=\"alert\""), not(containsString("<html")))));
	}

}
