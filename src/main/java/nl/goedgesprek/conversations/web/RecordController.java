package nl.goedgesprek.conversations.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.goedgesprek.conversations.ConversationId;
import nl.goedgesprek.conversations.ConversationAside;
import nl.goedgesprek.conversations.internal.Acknowledgement;
import nl.goedgesprek.conversations.internal.RecordShares;
import nl.goedgesprek.conversations.internal.Recording;
import nl.goedgesprek.people.CurrentUser;
import nl.goedgesprek.shared.ContentRead;
import nl.goedgesprek.shared.MessageRef;
import nl.goedgesprek.shared.Refusal;
import nl.goedgesprek.shared.EditClash;

/** The record (gespreksverslag): acknowledgements, the employee's view, corrections and their history. */
@Controller
@RequestMapping("/conversations/{id}/record")
class RecordController {

	static final String VIEW = "conversations/record";

	static final int MAX_TEXT = 10000;

	private final Recording recording;

	private final ConversationViews views;

	private final RecordShares shares;

	RecordController(Recording recording, ConversationViews views, RecordShares shares) {
		this.shares = shares;
		this.recording = recording;
		this.views = views;
	}

	@GetMapping
	String record(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		ConversationView view = views.of(user.id(), id);
		if (!view.conversation().status().closed()) {
			return "redirect:/conversations/" + id;
		}
		model.addAttribute("view", view);
		views.read(user.id(), view, ContentRead.Kind.RECORD);
		addSharing(user, view, model);
		views.addAsides(user.id(), view, model, ConversationAside.Page.RECORD);
		return VIEW;
	}

	/** What the record page shows beside the record: for the employee, sharing it after a move. */
	private void addSharing(CurrentUser user, ConversationView view, Model model) {
		model.addAttribute("sharing", shares.sharing(user.id(), view.conversation()).orElse(null));
	}

	@PostMapping("/acknowledge")
	String acknowledge(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam Acknowledgement.Kind kind, RedirectAttributes redirect) {
		// an unknown kind is refused as unreadable input (RefusalAdvice), never taken for "voor gezien"
		Acknowledgement.Kind what = kind;
		return step(id, () -> Retry.onConflict(() -> recording.acknowledge(user.id(), ConversationId.of(id), what)),
				what == Acknowledgement.Kind.AGREED ? "record.notice.agreed" : "record.notice.seen", redirect);
	}

	/** The employee shares this record with the manager they have now, who did not take part in it. */
	@PostMapping("/share")
	String share(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		return step(id, () -> shares.share(user.id(), ConversationId.of(id)), "record.share.notice.shared", redirect);
	}

	@PostMapping("/share/stop")
	String stopSharing(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		return step(id, () -> shares.withdraw(user.id(), ConversationId.of(id)), "record.share.notice.stopped", redirect);
	}

	@PostMapping("/view")
	String addEmployeeView(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(defaultValue = "") String text, Model model, RedirectAttributes redirect) {
		if (text.isBlank() || text.length() > MAX_TEXT) {
			return again(user, id, model, "employeeViewText", text, text.isBlank() ? "record.view.required" : "record.text.tooLong");
		}
		return step(id, () -> recording.addEmployeeView(user.id(), ConversationId.of(id), text), "record.notice.viewAdded",
				redirect);
	}

	@PostMapping("/amendments")
	String addAmendment(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(defaultValue = "") String text, Model model, RedirectAttributes redirect) {
		if (text.isBlank() || text.length() > MAX_TEXT) {
			return again(user, id, model, "amendmentText", text, text.isBlank() ? "record.amendment.required" : "record.text.tooLong");
		}
		return step(id, () -> recording.addAmendment(user.id(), ConversationId.of(id), text),
				"record.notice.amendmentAdded", redirect);
	}

	/** Shows the record again with the typed text kept and the reason next to it. */
	private String again(CurrentUser user, long id, Model model, String field, String text, String problem) {
		ConversationView view = views.of(user.id(), id);
		model.addAttribute("view", view);
		addSharing(user, view, model);
		views.addAsides(user.id(), view, model, ConversationAside.Page.RECORD_AGAIN);
		model.addAttribute(field, text);
		model.addAttribute(field + "Problem", problem);
		return VIEW;
	}

	private static String step(long id, Runnable step, String notice, RedirectAttributes redirect) {
		try {
			step.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (Refusal rule) {
			redirect.addFlashAttribute("problem", rule.message());
		}
		catch (EditClash conflict) {
			redirect.addFlashAttribute("problem", MessageRef.of("form.conflict.reload"));
		}
		return "redirect:/conversations/" + id + "/record";
	}

}
