package nl.goedgesprek.conversations.web;

import java.time.Clock;
import java.time.LocalTime;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.goedgesprek.conversations.ConversationId;
import nl.goedgesprek.conversations.internal.PreparationDraft;
import nl.goedgesprek.conversations.internal.Preparing;
import nl.goedgesprek.people.CurrentUser;
import nl.goedgesprek.shared.MessageRef;
import nl.goedgesprek.shared.Refusal;
import nl.goedgesprek.shared.EditClash;

/**
 * A participant's own preparation. The page saves itself as the user types (htmx posts the whole form
 * and gets back the new version and a status line); without JavaScript the same form saves on submit.
 */
@Controller
@RequestMapping("/conversations/{id}/preparation")
class PreparationController {

	static final String VIEW = "conversations/preparation";

	static final String SAVED_FRAGMENT = "conversations/saved :: preparation";

	private final Preparing preparing;

	private final ConversationViews views;

	private final Clock clock;

	PreparationController(Preparing preparing, ConversationViews views, Clock clock) {
		this.preparing = preparing;
		this.views = views;
		this.clock = clock;
	}

	@GetMapping
	String page(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		model.addAttribute("view", views.of(user.id(), id));
		return VIEW;
	}

	@PostMapping
	String save(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam MultiValueMap<String, String> form, HtmxRequest htmx, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			Integer saved = preparing.saveDraft(user.id(), ConversationId.of(id), version(form), draft(form));
			model.addAttribute("version", saved);
			model.addAttribute("savedAt", LocalTime.now(clock).format(java.time.format.DateTimeFormatter.ofPattern("HH:mm")));
		}
		catch (EditClash clash) {
			refused(response, model, HttpStatus.CONFLICT, MessageRef.of("preparation.error.savedElsewhere"));
		}
		catch (Refusal refusal) {
			refused(response, model, refusal);
		}
		if (htmx.isHtmxRequest()) {
			return SAVED_FRAGMENT;
		}
		if (model.getAttribute("problem") != null) {
			return again(user, id, form, model);
		}
		redirect.addFlashAttribute("notice", "preparation.notice.saved");
		return "redirect:/conversations/" + id + "/preparation";
	}

	/**
	 * Saves what is on the screen and shares it. When another device saved something else since this
	 * page loaded, or a rule refuses, nothing is shared and the page comes back with the typed text in
	 * the form and what is stored beside it.
	 */
	@PostMapping("/share")
	String share(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam MultiValueMap<String, String> form, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		ConversationId conversation = ConversationId.of(id);
		try {
			Integer version = version(form);
			PreparationDraft draft = draft(form);
			Retry.onConflict(() -> preparing.saveAndShare(user.id(), conversation, version, draft));
			redirect.addFlashAttribute("notice", "preparation.notice.shared");
			return "redirect:/conversations/" + id;
		}
		catch (EditClash clash) {
			refused(response, model, HttpStatus.CONFLICT, MessageRef.of("preparation.error.notShared"));
		}
		catch (Refusal refusal) {
			refused(response, model, refusal);
		}
		return again(user, id, form, model);
	}

	private static void refused(HttpServletResponse response, Model model, HttpStatus status, MessageRef problem) {
		response.setStatus(status.value());
		model.addAttribute("problem", problem);
		model.addAttribute("clash", status == HttpStatus.CONFLICT);
	}

	/** A refusal about one field: the field says so too, not only the page. */
	private static void refused(HttpServletResponse response, Model model, Refusal refusal) {
		refused(response, model, HttpStatus.UNPROCESSABLE_CONTENT, refusal.message());
		model.addAttribute("problemField", refusal.field());
	}

	/** The page again, without JavaScript: what the author typed in the form, what is stored beside it. */
	private String again(CurrentUser user, long id, MultiValueMap<String, String> form, Model model) {
		ConversationView view = views.of(user.id(), id);
		model.addAttribute("view", view);
		model.addAttribute("typed", view.own().typed(PreparationForm.leniently(form)));
		return VIEW;
	}

	/**
	 * Reads the form strictly: {@code a.KEY} answers, {@code s.KEY} scores (empty, or 1 to 5), talking
	 * points and appreciation. Nothing is cut or dropped: what does not fit is refused.
	 * @throws Refusal for a score that is not 1 to 5
	 */
	static PreparationDraft draft(MultiValueMap<String, String> form) {
		return PreparationForm.strictly(form);
	}

	/** The version the page last saw; a value that is not a version cannot be the stored one. */
	private static Integer version(MultiValueMap<String, String> form) {
		String version = form.getFirst("version");
		if (version == null || version.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(version.trim());
		}
		catch (NumberFormatException notAVersion) {
			throw new EditClash();
		}
	}

}
