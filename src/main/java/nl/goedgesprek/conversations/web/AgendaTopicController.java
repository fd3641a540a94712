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
import nl.goedgesprek.conversations.internal.AgendaTopic;
import nl.goedgesprek.conversations.internal.RunningAgenda;
import nl.goedgesprek.conversations.internal.TalkingPoint;
import nl.goedgesprek.people.CurrentUser;
import nl.goedgesprek.shared.EditClash;
import nl.goedgesprek.shared.MessageRef;
import nl.goedgesprek.shared.Refusal;

/**
 * During the conversation: what became of a topic from the running agenda, as for a talking point.
 * With htmx only the topic is redrawn; a parked topic without a reason keeps what was chosen.
 */
@Controller
class AgendaTopicController {

	private final RunningAgenda agenda;

	private final ConversationViews views;

	AgendaTopicController(RunningAgenda agenda, ConversationViews views) {
		this.agenda = agenda;
		this.views = views;
	}

	@PostMapping("/conversations/{id}/agenda-topics/{topic}/outcome")
	String settle(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long topic,
			@RequestParam(required = false) TalkingPoint.Outcome outcome, @RequestParam(required = false) String note,
			HtmxRequest htmx, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		MessageRef problem = null;
		try {
			Retry.onConflict(() -> agenda.settle(user.id(), ConversationId.of(id), topic, outcome, note));
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
			return "redirect:/conversations/" + id + "/talk#topic-" + topic;
		}
		ConversationView view = views.of(user.id(), id);
		AgendaTopic shown = view.topics().stream().filter(t -> t.rawId() == topic).findFirst()
			.orElseThrow(() -> new Refusal("runningAgenda.error.noSuchTopic"));
		model.addAttribute("view", view);
		model.addAttribute("topic", shown);
		model.addAttribute("topicProblem", problem);
		model.addAttribute("topicSaved", problem == null);
		if (problem != null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
		}
		return "conversations/agenda-topic :: topic";
	}

}
