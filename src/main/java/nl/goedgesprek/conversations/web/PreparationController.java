package nl.goedgesprek.conversations.web;

import java.time.Clock;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
import nl.goedgesprek.conversations.internal.ConversationEditConflictException;
import nl.goedgesprek.conversations.internal.ConversationRuleException;
import nl.goedgesprek.conversations.internal.PreparationDraft;
import nl.goedgesprek.conversations.internal.Preparing;
import nl.goedgesprek.people.CurrentUser;

/**
 * A participant's own preparation. The page saves itself as the user types (htmx posts the whole form
 * and gets back the new version and a status line); without JavaScript the same form saves on submit.
 */
@Controller
@RequestMapping("/conversations/{id}/preparation")
class PreparationController {

	static final String VIEW = "conversations/preparation";

	static final String SAVED_FRAGMENT = "conversations/saved :: preparation";

	static final int MAX_ANSWER = 10000;

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
		Integer version = parseVersion(form.getFirst("version"));
		try {
			Integer saved = preparing.saveDraft(user.id(), ConversationId.of(id), version, draft(form));
			model.addAttribute("version", saved);
			model.addAttribute("savedAt", LocalTime.now(clock).format(java.time.format.DateTimeFormatter.ofPattern("HH:mm")));
		}
		catch (ConversationEditConflictException conflict) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("problem", "preparation.error.savedElsewhere");
		}
		catch (ConversationRuleException rule) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("problem", rule.messageKey());
		}
		if (htmx.isHtmxRequest()) {
			return SAVED_FRAGMENT;
		}
		if (model.getAttribute("problem") != null) {
			model.addAttribute("view", views.of(user.id(), id));
			return VIEW;
		}
		redirect.addFlashAttribute("notice", "preparation.notice.saved");
		return "redirect:/conversations/" + id + "/preparation";
	}

	@PostMapping("/share")
	String share(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
		ConversationId conversation = ConversationId.of(id);
		try {
			Retry.onConflict(() -> preparing.saveAndShare(user.id(), conversation, draft(form)));
			redirect.addFlashAttribute("notice", "preparation.notice.shared");
			return "redirect:/conversations/" + id;
		}
		catch (ConversationRuleException rule) {
			redirect.addFlashAttribute("problem", nl.goedgesprek.shared.MessageRef.of(rule.messageKey()));
		}
		catch (ConversationEditConflictException conflict) {
			redirect.addFlashAttribute("problem", nl.goedgesprek.shared.MessageRef.of("preparation.error.savedElsewhere"));
		}
		return "redirect:/conversations/" + id + "/preparation";
	}

	/** Reads the form: {@code a.KEY} answers, {@code s.KEY} scores (1-5 only), talking points, appreciation. */
	static PreparationDraft draft(MultiValueMap<String, String> form) {
		Map<String, String> texts = new HashMap<>();
		Map<String, Integer> scores = new HashMap<>();
		form.forEach((name, values) -> {
			String value = values.isEmpty() ? null : values.get(0);
			if (name.startsWith("a.") && value != null) {
				texts.put(name.substring(2), limit(value));
			}
			else if (name.startsWith("s.") && value != null && value.matches("[1-5]")) {
				scores.put(name.substring(2), Integer.valueOf(value));
			}
		});
		List<String> talkingPoints = new ArrayList<>();
		for (String point : form.getOrDefault("talkingPoint", List.of())) {
			talkingPoints.add(point.length() > 1000 ? point.substring(0, 1000) : point);
		}
		return new PreparationDraft(texts, scores, talkingPoints, limit(form.getFirst("appreciation")));
	}

	private static String limit(String text) {
		return text == null || text.length() <= MAX_ANSWER ? text : text.substring(0, MAX_ANSWER);
	}

	private static Integer parseVersion(String version) {
		return version == null || version.isBlank() ? null : Integer.valueOf(version);
	}

}
