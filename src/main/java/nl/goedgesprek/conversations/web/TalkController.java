package nl.goedgesprek.conversations.web;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.goedgesprek.conversations.ConversationAside;
import nl.goedgesprek.conversations.ConversationId;
import nl.goedgesprek.conversations.Side;
import nl.goedgesprek.conversations.internal.Note;
import nl.goedgesprek.conversations.internal.NoteRepository;
import nl.goedgesprek.conversations.internal.Preparation;
import nl.goedgesprek.conversations.internal.Talking;
import nl.goedgesprek.conversations.internal.TalkingPoint;
import nl.goedgesprek.people.CurrentUser;
import nl.goedgesprek.people.People;
import nl.goedgesprek.shared.ContentRead;
import nl.goedgesprek.shared.MessageRef;
import nl.goedgesprek.shared.Refusal;
import nl.goedgesprek.shared.EditClash;

/**
 * The conversation itself: both preparations side by side per theme, joint notes that save as you
 * type and never overwrite the other's, talking points to tick off, and closing. Agreements are made
 * on the same page ({@link AgreementMakingController}).
 */
@Controller
@RequestMapping("/conversations/{id}")
class TalkController {

	static final String VIEW = "conversations/talk";

	static final String NOTE_SAVED = "conversations/saved :: note";

	private final Talking talking;

	private final ConversationViews views;

	private final NoteRepository notes;

	private final People people;

	TalkController(Talking talking, ConversationViews views, NoteRepository notes, People people) {
		this.talking = talking;
		this.views = views;
		this.notes = notes;
		this.people = people;
	}

	@PostMapping("/start")
	String start(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		return Steps.run(id, () -> talking.start(user.id(), ConversationId.of(id)), "/talk", redirect);
	}

	@GetMapping("/talk")
	String talk(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		ConversationView view = views.of(user.id(), id);
		if (!view.conversation().status().startedOrLater()) {
			return "redirect:/conversations/" + id;
		}
		model.addAttribute("view", view);
		views.addAsides(user.id(), view, model, ConversationAside.Page.TALK);
		views.read(user.id(), view, ContentRead.Kind.TALK);
		if (!model.containsAttribute("agreementForm")) {
			model.addAttribute("agreementForm", AgreementForm.empty());
		}
		return VIEW;
	}

	@PostMapping("/notes/{themeKey}")
	String writeNote(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable String themeKey,
			@RequestParam(required = false) Integer version, @RequestParam(defaultValue = "") String text,
			HtmxRequest htmx, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		ConversationId conversation = ConversationId.of(id);
		model.addAttribute("themeKey", themeKey);
		try {
			Note saved = talking.writeNote(user.id(), conversation, themeKey, version, text);
			model.addAttribute("version", saved.version());
		}
		catch (EditClash conflict) {
			response.setStatus(HttpStatus.CONFLICT.value());
			Note theirs = notes.findByConversationIdAndThemeKey(conversation, themeKey).orElseThrow();
			model.addAttribute("version", theirs.version());
			model.addAttribute("theirText", theirs.text());
			model.addAttribute("theirName", people.find(theirs.updatedBy()).map(p -> p.name()).orElse(""));
		}
		catch (Refusal rule) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("problem", rule.message());
		}
		if (htmx.isHtmxRequest()) {
			return NOTE_SAVED;
		}
		if (model.getAttribute("theirText") == null && model.getAttribute("problem") == null) {
			return "redirect:/conversations/" + id + "/talk#theme-" + themeKey;
		}
		// Without JavaScript: the page again, the writer's text in the field, the stored text beside it.
		views.showTalk(user.id(), id, model);
		model.addAttribute("agreementForm", AgreementForm.empty());
		model.addAttribute("typedNote", text);
		return VIEW;
	}

	/**
	 * What became of a talking point. With htmx only the point is redrawn, so nothing typed elsewhere
	 * on the page is touched; a parked point without a reason keeps what was chosen and asks for one.
	 */
	@PostMapping("/talking-points/outcome")
	String settle(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam Side side,
			@RequestParam int index, @RequestParam(required = false) TalkingPoint.Outcome outcome,
			@RequestParam(required = false) String note, HtmxRequest htmx, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		MessageRef problem = null;
		try {
			Retry.onConflict(() -> talking.settle(user.id(), ConversationId.of(id), side, index, outcome, note));
		}
		catch (Refusal rule) {
			problem = rule.message();
		}
		catch (EditClash clash) {
			problem = MessageRef.of("form.conflict.reload");
		}
		if (!htmx.isHtmxRequest()) {
			if (problem != null) {
				redirect.addFlashAttribute("problem", problem);
			}
			return "redirect:/conversations/" + id + "/talk#tp-" + side + "-" + index;
		}
		ConversationView view = views.of(user.id(), id);
		Preparation preparation = side == Side.EMPLOYEE ? view.employeePreparation() : view.managerPreparation();
		if (preparation == null || index < 0 || index >= preparation.talkingPoints().size()) {
			throw new Refusal("talk.error.noSuchPoint");
		}
		model.addAttribute("view", view);
		model.addAttribute("side", side);
		model.addAttribute("index", index);
		model.addAttribute("point", problem == null ? preparation.talkingPoints().get(index)
				: new TalkingPoint(preparation.talkingPoints().get(index).text(), false, outcome, note));
		model.addAttribute("pointProblem", problem);
		model.addAttribute("pointSaved", problem == null);
		if (problem != null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
		}
		return "conversations/talking-point :: point";
	}

	@PostMapping("/close")
	String close(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		return Steps.run(id, () -> talking.close(user.id(), ConversationId.of(id)), "/record", redirect);
	}

}
