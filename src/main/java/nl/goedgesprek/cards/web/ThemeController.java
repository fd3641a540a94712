package nl.goedgesprek.cards.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.goedgesprek.cards.CardId;
import nl.goedgesprek.cards.Theme;
import nl.goedgesprek.cards.Topic;
import nl.goedgesprek.cards.internal.CardEditing;
import nl.goedgesprek.cards.internal.CardNotFoundException;
import nl.goedgesprek.cards.internal.CardVersion;
import nl.goedgesprek.people.CurrentUser;
import nl.goedgesprek.shared.MessageRef;
import nl.goedgesprek.shared.EditClash;

/**
 * Editing the themes of a card's draft: text, questions, statement, the no-medical-data style warning,
 * order. Every change goes to the draft; conversations keep the version they were planned with.
 */
@Controller
@RequestMapping("/admin/cards/{id}/themes")
class ThemeController {

	static final String VIEW = "cards/theme";

	private final CardEditing editing;

	private final CardGuard guard;

	ThemeController(CardEditing editing, CardGuard guard) {
		this.editing = editing;
		this.guard = guard;
	}

	@PostMapping
	String add(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam String title) {
		guard.check(user);
		String[] key = new String[1];
		editing.changeDraft(CardId.of(id), null, draft -> key[0] = draft.addTheme(title));
		return "redirect:/admin/cards/" + id + "/themes/" + key[0];
	}

	@GetMapping("/{key}")
	String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable String key, Model model) {
		guard.check(user);
		CardVersion draft = editing.draft(CardId.of(id));
		Theme theme = draft.content().theme(key).orElseThrow(() -> new CardNotFoundException(CardId.of(id)));
		model.addAttribute("themeForm", ThemeForm.of(theme, draft.version()));
		return page(id, key, model);
	}

	@PostMapping("/{key}")
	String save(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable String key,
			@Validated @ModelAttribute ThemeForm themeForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		guard.check(user);
		if (themeForm.questionLines().size() > ThemeForm.MAX_QUESTIONS) {
			result.rejectValue("questions", "cards.theme.questions.tooMany", new Object[] { ThemeForm.MAX_QUESTIONS }, null);
		}
		if (result.hasErrors()) {
			return page(id, key, model);
		}
		try {
			editing.changeDraft(CardId.of(id), themeForm.draftVersion(), draft -> draft.replaceTheme(themeForm.toTheme(key)));
			redirect.addFlashAttribute("notice", "cards.notice.themeSaved");
			return "redirect:/admin/cards/" + id;
		}
		catch (EditClash conflict) {
			CardVersion current = editing.draft(CardId.of(id));
			model.addAttribute("themeForm", new ThemeForm(themeForm.title(), themeForm.introduction(), themeForm.warning(),
					themeForm.required(), themeForm.topic(), themeForm.questions(), themeForm.statement(), current.version()));
			model.addAttribute("stored", current.content().theme(key).orElse(null));
			return page(id, key, model);
		}
	}

	@PostMapping("/{key}/move")
	String move(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable String key,
			@RequestParam int step, @RequestParam Integer draftVersion, RedirectAttributes redirect) {
		guard.check(user);
		return change(id, draftVersion, draft -> draft.moveTheme(key, step), redirect);
	}

	@PostMapping("/{key}/remove")
	String remove(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable String key,
			@RequestParam Integer draftVersion, RedirectAttributes redirect) {
		guard.check(user);
		return change(id, draftVersion, draft -> draft.removeTheme(key), redirect);
	}

	private String change(long id, Integer draftVersion, java.util.function.Consumer<CardVersion> change,
			RedirectAttributes redirect) {
		try {
			editing.changeDraft(CardId.of(id), draftVersion, change);
		}
		catch (EditClash conflict) {
			redirect.addFlashAttribute("problem", MessageRef.of("form.conflict.reload"));
		}
		return "redirect:/admin/cards/" + id;
	}

	private String page(long id, String key, Model model) {
		model.addAttribute("cardId", id);
		model.addAttribute("themeKey", key);
		model.addAttribute("topics", Topic.values());
		return VIEW;
	}

}
