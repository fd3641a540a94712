package nl.goedgesprek.development.web;

import java.time.Instant;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.goedgesprek.conversations.Side;
import nl.goedgesprek.development.internal.YearStories;
import nl.goedgesprek.development.internal.YearStory;
import nl.goedgesprek.people.CurrentUser;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.shared.ContentRead;
import nl.goedgesprek.people.People;
import nl.goedgesprek.people.PeopleAccess;
import nl.goedgesprek.people.Person;
import nl.goedgesprek.people.PersonNotFoundException;
import nl.goedgesprek.shared.MessageRef;
import nl.goedgesprek.shared.Refusal;
import nl.goedgesprek.shared.EditClash;

/**
 * The year story instead of a score: compiled for the employee and their current manager, reflected
 * on and signed by both. The employee sees all of theirs; a manager only the ones they wrote, while
 * they are still the manager. Anyone else gets "not found".
 */
@Controller
class YearStoryController {

	private final YearStories stories;

	private final DevelopmentGuard guard;

	private final PeopleAccess access;

	private final People people;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final org.springframework.context.MessageSource messages;

	YearStoryController(YearStories stories, DevelopmentGuard guard, PeopleAccess access, People people, Clock clock,
			ApplicationEventPublisher events, org.springframework.context.MessageSource messages) {
		this.events = events;
		this.messages = messages;
		this.stories = stories;
		this.guard = guard;
		this.access = access;
		this.people = people;
		this.clock = clock;
	}

	@GetMapping("/people/{id}/year-stories")
	String list(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		Person person = guard.visible(user.id(), id);
		boolean self = person.id().equals(user.id());
		model.addAttribute("person", person);
		model.addAttribute("self", self);
		model.addAttribute("stories", self ? stories.ofEmployee(person.id())
				: stories.of(person.id(), user.id()));
		int year = LocalDate.now(clock).getYear();
		model.addAttribute("years", java.util.List.of(year, year - 1));
		model.addAttribute("canCompile", person.managerId() != null);
		return "development/year-stories";
	}

	@PostMapping("/people/{id}/year-stories")
	String compile(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam int year,
			RedirectAttributes redirect) {
		Person person = guard.visible(user.id(), id);
		if (person.managerId() == null) {
			throw new Refusal("yearStory.error.noManager");
		}
		try {
			long story = stories.compile(person.id(), person.managerId(), year);
			redirect.addFlashAttribute("notice", "yearStory.compiled");
			return "redirect:/year-stories/" + story;
		}
		catch (EditClash clash) {
			redirect.addFlashAttribute("problem", MessageRef.of("form.conflict.reload"));
			return "redirect:/people/" + id + "/year-stories";
		}
	}

	@GetMapping("/year-stories/{storyId}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long storyId, java.util.Locale locale,
			Model model) {
		YearStory story = visible(user, storyId);
		model.addAttribute("story", story);
		model.addAttribute("mySide", story.sideOf(user.id()));
		Person employee = people.find(story.employeeId()).orElseThrow();
		Person manager = people.find(story.managerId()).orElseThrow();
		model.addAttribute("employee", employee);
		model.addAttribute("manager", manager);
		model.addAttribute("pulseChart", YearStoryCharts.pulse(story.facts(), employee, manager, messages, locale));
		model.addAttribute("wellbeingChart", YearStoryCharts.wellbeing(story.facts(), employee, manager, locale));
		// In the read log for the other of the two: the story holds both sides' reflections.
		EmployeeId other = user.id().equals(story.employeeId()) ? story.managerId() : story.employeeId();
		if (!other.equals(user.id())) {
			events.publishEvent(new ContentRead(user.id().value(), other.value(), ContentRead.Kind.YEAR_STORY, null,
					storyId, Instant.now()));
		}
		return "development/year-story";
	}

	@PostMapping("/year-stories/{storyId}/reflection")
	String reflect(@AuthenticationPrincipal CurrentUser user, @PathVariable long storyId, @RequestParam int version,
			@RequestParam(required = false) String text, RedirectAttributes redirect) {
		YearStory story = visible(user, storyId);
		try {
			stories.reflect(story, story.sideOf(user.id()), version, text);
			redirect.addFlashAttribute("notice", "yearStory.reflection.saved");
		}
		catch (EditClash clash) {
			redirect.addFlashAttribute("problem", MessageRef.of("yearStory.reflection.conflict"));
			redirect.addFlashAttribute("typedReflection", text);
		}
		return "redirect:/year-stories/" + storyId + "#reflections";
	}

	@PostMapping("/year-stories/{storyId}/acknowledge")
	String acknowledge(@AuthenticationPrincipal CurrentUser user, @PathVariable long storyId, @RequestParam String kind,
			RedirectAttributes redirect) {
		YearStory story = visible(user, storyId);
		stories.acknowledge(story, story.sideOf(user.id()), kind);
		redirect.addFlashAttribute("notice", "AGREED".equals(kind) ? "yearStory.notice.agreed" : "yearStory.notice.seen");
		return "redirect:/year-stories/" + storyId + "#acknowledgement";
	}

	@PostMapping("/year-stories/{storyId}/view")
	String view(@AuthenticationPrincipal CurrentUser user, @PathVariable long storyId, @RequestParam String text,
			RedirectAttributes redirect) {
		YearStory story = visible(user, storyId);
		if (story.sideOf(user.id()) != Side.EMPLOYEE) {
			throw new Refusal("yearStory.error.viewEmployeeOnly");
		}
		try {
			stories.addView(story, text);
			redirect.addFlashAttribute("notice", "yearStory.view.saved");
		}
		catch (Refusal rule) {
			redirect.addFlashAttribute("problem", rule.message());
		}
		return "redirect:/year-stories/" + storyId + "#views";
	}

	@ExceptionHandler(Refusal.class)
	String refused(Refusal rule, HttpServletRequest request) {
		return DevelopmentSteps.refused(rule, request);
	}

	/** The employee, or the manager who wrote it while still the employee's manager. */
	private YearStory visible(CurrentUser user, long storyId) {
		return stories.find(storyId)
			.filter(story -> access.maySeeYearStory(user.id(), story.employeeId(), story.managerId()))
			.map(story -> stories.asSeenBy(story, user.id()))
			.orElseThrow(() -> new PersonNotFoundException(storyId));
	}

}
