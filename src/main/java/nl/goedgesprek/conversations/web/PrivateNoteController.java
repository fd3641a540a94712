package nl.goedgesprek.conversations.web;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.goedgesprek.conversations.ConversationId;
import nl.goedgesprek.conversations.internal.PrivateNote;
import nl.goedgesprek.conversations.internal.PrivateNotes;
import nl.goedgesprek.people.CurrentUser;
import nl.goedgesprek.shared.EditClash;
import nl.goedgesprek.shared.Refusal;

/**
 * Saving one's eigen notities: with htmx as one types (the answer is the new version and a status
 * line), without JavaScript on submit. A newer version saved elsewhere is never overwritten: the
 * typed text stays in the field and the stored text is shown beside it.
 */
@Controller
class PrivateNoteController {

	static final String SAVED = "conversations/private-note :: saved";

	static final String PAGE = "conversations/private-note";

	private final PrivateNotes notes;

	private final ConversationViews views;

	PrivateNoteController(PrivateNotes notes, ConversationViews views) {
		this.notes = notes;
		this.views = views;
	}

	@PostMapping("/conversations/{id}/private-note")
	String write(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) Integer version, @RequestParam(defaultValue = "") String text,
			HtmxRequest htmx, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		ConversationId conversation = ConversationId.of(id);
		try {
			PrivateNote saved = notes.write(user.id(), conversation, version, text);
			model.addAttribute("privateVersion", saved.version());
		}
		catch (EditClash clash) {
			response.setStatus(HttpStatus.CONFLICT.value());
			PrivateNote stored = notes.own(user.id(), conversation).orElseThrow();
			model.addAttribute("privateVersion", stored.version());
			model.addAttribute("storedPrivateText", stored.text());
		}
		catch (Refusal rule) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("privateProblem", rule.message());
		}
		if (htmx.isHtmxRequest()) {
			return SAVED;
		}
		if (model.getAttribute("storedPrivateText") == null && model.getAttribute("privateProblem") == null) {
			redirect.addFlashAttribute("notice", "privateNote.saved");
			return "redirect:/conversations/" + id + "#private-note";
		}
		// Without JavaScript: the notes on a page of their own, the typed text in the field.
		model.addAttribute("view", views.of(user.id(), id));
		model.addAttribute("typedPrivateText", text);
		return PAGE;
	}

}
