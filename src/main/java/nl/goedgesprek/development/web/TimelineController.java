package nl.goedgesprek.development.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import nl.goedgesprek.people.CurrentUser;
import nl.goedgesprek.people.Person;
import nl.goedgesprek.shared.ContentRead;
import nl.goedgesprek.shared.LineChart;

/**
 * One page per employee with everything in time order and two small charts ({@link Timelines} puts it
 * together). The employee sees their history with every manager they had; a manager only what the two
 * of them did together, and that reading goes into the employee's read log.
 */
@Controller
class TimelineController {

	private final DevelopmentGuard guard;

	private final Timelines timelines;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	TimelineController(DevelopmentGuard guard, Timelines timelines, Clock clock, ApplicationEventPublisher events) {
		this.guard = guard;
		this.timelines = timelines;
		this.clock = clock;
		this.events = events;
	}

	@GetMapping("/people/{id}/timeline")
	String timeline(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Locale locale, Model model) {
		Person person = guard.visible(user.id(), id);
		boolean self = person.id().equals(user.id());
		if (!self) {
			// the manager reads the pair's scores, pulses and records: in the employee's read log
			events.publishEvent(new ContentRead(user.id().value(), person.id().value(), ContentRead.Kind.TIMELINE, null,
					null, Instant.now()));
		}
		var timeline = timelines.of(person, user.id(), self, LocalDate.now(clock), locale);
		DateTimeFormatter shortDate = DateTimeFormatter.ofPattern("d MMM yyyy", locale);
		model.addAttribute("person", person);
		model.addAttribute("self", self);
		model.addAttribute("moments", timeline.moments());
		model.addAttribute("scores", timeline.scores());
		model.addAttribute("pulses", timeline.pulses());
		model.addAttribute("scoreChart", LineChart.of(timeline.scoreSeries(), 640, 220, shortDate::format));
		model.addAttribute("pulseChart", LineChart.of(timeline.pulseSeries(), 640, 220, shortDate::format));
		return "development/timeline";
	}

}
