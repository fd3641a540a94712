package nl.goedgesprek.cards.web;

import java.util.List;

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

import nl.goedgesprek.cards.CardContent;
import nl.goedgesprek.cards.CardId;
import nl.goedgesprek.cards.CardVersionState;
import nl.goedgesprek.cards.ConversationKind;
import nl.goedgesprek.cards.internal.Card;
import nl.goedgesprek.cards.internal.CardEditing;
import nl.goedgesprek.cards.internal.CardNotFoundException;
import nl.goedgesprek.cards.internal.CardRepository;
import nl.goedgesprek.cards.internal.CardVersion;
import nl.goedgesprek.cards.internal.CardVersionRepository;
import nl.goedgesprek.people.CurrentUser;
import nl.goedgesprek.shared.MessageRef;
import nl.goedgesprek.shared.EditClash;

/**
 * HR keeps the praatkaarten: a list, a new card, a card's versions, publishing its draft, and a preview
 * exactly as participants fill it in. Themes are edited by {@link ThemeController}.
 */
@Controller
@RequestMapping("/admin/cards")
class CardAdminController {

	static final String LIST_VIEW = "cards/list";

	static final String CARD_VIEW = "cards/card";

	static final String NEW_VIEW = "cards/new";

	static final String PREVIEW_VIEW = "cards/preview";

	private final CardRepository cards;

	private final CardVersionRepository versions;

	private final CardEditing editing;

	private final CardGuard guard;

	CardAdminController(CardRepository cards, CardVersionRepository versions, CardEditing editing, CardGuard guard) {
		this.cards = cards;
		this.versions = versions;
		this.editing = editing;
		this.guard = guard;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		guard(user);
		model.addAttribute("cards", cards.findAllByOrderByName()
			.stream()
			.map(card -> new CardRow(card, versions.findByCardIdOrderByNumberDesc(card.id())))
			.toList());
		return LIST_VIEW;
	}

	@GetMapping("/new")
	String newCard(@AuthenticationPrincipal CurrentUser user, Model model) {
		guard(user);
		model.addAttribute("cardForm", new CardForm("", "", ConversationKind.CHECK_IN, null));
		model.addAttribute("kinds", ConversationKind.values());
		return NEW_VIEW;
	}

	@PostMapping("/new")
	String create(@AuthenticationPrincipal CurrentUser user, @Validated @ModelAttribute CardForm cardForm,
			BindingResult result, Model model) {
		guard(user);
		if (result.hasErrors()) {
			model.addAttribute("kinds", ConversationKind.values());
			return NEW_VIEW;
		}
		CardId id = editing.create(cardForm.name(), cardForm.description(), cardForm.suggestedFor(),
				new CardContent(List.of()));
		return "redirect:/admin/cards/" + id;
	}

	@GetMapping("/{id}")
	String card(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		guard(user);
		Card card = load(id);
		CardRow row = new CardRow(card, versions.findByCardIdOrderByNumberDesc(card.id()));
		model.addAttribute("card", card);
		model.addAttribute("history", row.versions());
		model.addAttribute("draft", row.draft());
		model.addAttribute("published", row.published());
		if (!model.containsAttribute("cardForm")) {
			model.addAttribute("cardForm", new CardForm(card.name(), card.description(), card.suggestedFor(), card.version()));
		}
		model.addAttribute("kinds", ConversationKind.values());
		return CARD_VIEW;
	}

	@PostMapping("/{id}")
	String rename(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Validated @ModelAttribute CardForm cardForm, BindingResult result, Model model, RedirectAttributes redirect) {
		guard(user);
		if (!result.hasErrors()) {
			try {
				editing.rename(CardId.of(id), cardForm.version(), cardForm.name(), cardForm.description(),
						cardForm.suggestedFor());
				redirect.addFlashAttribute("notice", "cards.notice.saved");
				return "redirect:/admin/cards/" + id;
			}
			catch (EditClash conflict) {
				result.reject("form.conflict.reload");
			}
		}
		return card(user, id, model);
	}

	/** Starts a draft from the published version, so HR can change the card without touching conversations. */
	@PostMapping("/{id}/draft")
	String startDraft(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		guard(user);
		editing.draft(load(id).id());
		return "redirect:/admin/cards/" + id;
	}

	@PostMapping("/{id}/publish")
	String publish(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam Integer draftVersion,
			RedirectAttributes redirect) {
		guard(user);
		CardVersion draft = editing.draft(load(id).id());
		if (draft.content().themes().isEmpty()) {
			redirect.addFlashAttribute("problem", MessageRef.of("cards.error.noThemes"));
			return "redirect:/admin/cards/" + id;
		}
		try {
			editing.publish(CardId.of(id), draftVersion);
			redirect.addFlashAttribute("notice", "cards.notice.published");
		}
		catch (EditClash conflict) {
			redirect.addFlashAttribute("problem", MessageRef.of("form.conflict.reload"));
		}
		return "redirect:/admin/cards/" + id;
	}

	@GetMapping("/{id}/preview")
	String preview(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) Long version, Model model) {
		guard(user);
		Card card = load(id);
		List<CardVersion> history = versions.findByCardIdOrderByNumberDesc(card.id());
		CardVersion shown = history.stream()
			.filter(v -> version == null ? v.state() != CardVersionState.SUPERSEDED : v.id().value().equals(version))
			.findFirst()
			.orElseThrow(() -> new CardNotFoundException(card.id()));
		model.addAttribute("card", card);
		model.addAttribute("shown", shown);
		return PREVIEW_VIEW;
	}

	private Card load(long id) {
		return cards.findById(id).orElseThrow(() -> new CardNotFoundException(CardId.of(id)));
	}

	private void guard(CurrentUser user) {
		guard.check(user);
	}

	/** A card in the list, with its newest version first. */
	record CardRow(Card card, List<CardVersion> versions) {

		public CardVersion published() {
			return inState(CardVersionState.PUBLISHED);
		}

		public CardVersion draft() {
			return inState(CardVersionState.DRAFT);
		}

		public boolean hasDraft() {
			return draft() != null;
		}

		private CardVersion inState(CardVersionState state) {
			return versions.stream().filter(v -> v.state() == state).findFirst().orElse(null);
		}

	}

}
