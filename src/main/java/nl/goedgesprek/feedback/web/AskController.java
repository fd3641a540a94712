package nl.goedgesprek.feedback.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.goedgesprek.conversations.ConversationId;
import nl.goedgesprek.conversations.ConversationSummary;
import nl.goedgesprek.feedback.internal.Asking;
import nl.goedgesprek.feedback.internal.FeedbackSettings;
import nl.goedgesprek.feedback.internal.NewRequest;
import nl.goedgesprek.people.CurrentUser;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.people.People;
import nl.goedgesprek.people.PeopleAccess;
import nl.goedgesprek.people.Person;
import nl.goedgesprek.shared.Dates;
import nl.goedgesprek.shared.Refusal;

/**
 * "Input van collega's vragen" from the preparation page: choose colleagues by name (never from a list
 * of everyone), one or two of the card's questions, a date, with names or anonymously.
 */
@Controller
class AskController {

	static final String VIEW = "feedback/ask";

	/** How many colleagues a search shows; more means typing more of the name. */
	static final int SHOWN = 10;

	private final Asking asking;

	private final People people;

	private final PeopleAccess access;

	private final Clock clock;

	AskController(Asking asking, People people, PeopleAccess access, Clock clock) {
		this.asking = asking;
		this.people = people;
		this.access = access;
		this.clock = clock;
	}

	@GetMapping("/feedback/ask/{conversationId}")
	String form(@AuthenticationPrincipal CurrentUser user, @PathVariable long conversationId, Model model) {
		ConversationId id = ConversationId.of(conversationId);
		ConversationSummary conversation = asking.conversationFor(user.id(), id);
		String firstQuestion = asking.questionsOf(id).keySet().stream()
			.filter(key -> key.startsWith("samenwerking."))
			.findFirst()
			.orElse(asking.questionsOf(id).keySet().stream().findFirst().orElse(null));
		LocalDate day = conversation.scheduledAt().toLocalDate();
		LocalDate today = LocalDate.now(clock.withZone(Dates.ZONE));
		LocalDate due = day.minusDays(2).isAfter(today) ? day.minusDays(2) : day;
		model.addAttribute("askForm", AskForm.empty(firstQuestion, due));
		return page(user, conversation, model);
	}

	@PostMapping("/feedback/ask/{conversationId}")
	String ask(@AuthenticationPrincipal CurrentUser user, @PathVariable long conversationId,
			@ModelAttribute AskForm askForm, BindingResult result, Model model, RedirectAttributes redirect) {
		ConversationId id = ConversationId.of(conversationId);
		ConversationSummary conversation = asking.conversationFor(user.id(), id);
		if (!askForm.sending()) {
			model.addAttribute("askForm", askForm.withChoice());
			return page(user, conversation, model);
		}
		if (result.hasErrors()) {
			return page(user, conversation, model);
		}
		try {
			long request = asking.ask(user.id(), id, new NewRequest(askForm.colleagueIds(), askForm.questions(),
					askForm.dueDate(), askForm.anonymously(), askForm.reason()));
			redirect.addFlashAttribute("notice", "feedback.notice.asked");
			return "redirect:/feedback/requests/" + request;
		}
		catch (Refusal rule) {
			if (rule.field() != null) {
				result.rejectValue(rule.field(), rule.message().code(), rule.message().argArray(), null);
			}
			else {
				result.reject(rule.message().code(), rule.message().argArray(), null);
			}
			return page(user, conversation, model);
		}
	}

	private String page(CurrentUser user, ConversationSummary conversation, Model model) {
		AskForm form = (AskForm) model.getAttribute("askForm");
		EmployeeId other = conversation.participant(conversation.sideOf(user.id()).other());
		List<Person> chosen = form.chosenIds().stream()
			.map(people::find)
			.flatMap(java.util.Optional::stream)
			.toList();
		List<Person> found = people.colleaguesOf(user.id(), form.q(), SHOWN * 2).stream()
			.filter(p -> access.mayBeAskedForFeedback(user.id(), other, p.id()))
			.filter(p -> !form.chosenIds().contains(p.id()))
			.limit(SHOWN)
			.toList();
		Set<EmployeeId> askedEnough = asking.askedEnough(java.util.stream.Stream.concat(chosen.stream(), found.stream())
			.map(Person::id).toList());
		model.addAttribute("conversation", conversation);
		model.addAttribute("partnerName", conversation.partnerOf(user.id()));
		model.addAttribute("chosen", chosen);
		model.addAttribute("candidates", found);
		model.addAttribute("askedEnough", askedEnough.stream().map(EmployeeId::value).toList());
		model.addAttribute("full", chosen.size() >= FeedbackSettings.MAX_COLLEAGUES);
		model.addAttribute("maxColleagues", FeedbackSettings.MAX_COLLEAGUES);
		model.addAttribute("themes", asking.themesOf(conversation.id()));
		return VIEW;
	}


}
