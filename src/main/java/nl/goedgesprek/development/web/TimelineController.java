package nl.goedgesprek.development.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import nl.goedgesprek.conversations.Conversations;
import nl.goedgesprek.conversations.PairHistory;
import nl.goedgesprek.conversations.Side;
import nl.goedgesprek.development.internal.Ambitions;
import nl.goedgesprek.development.internal.Appreciations;
import nl.goedgesprek.development.internal.YearStories;
import nl.goedgesprek.people.CurrentUser;
import nl.goedgesprek.shared.ContentRead;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.people.People;
import nl.goedgesprek.people.Person;
import nl.goedgesprek.shared.Dates;
import nl.goedgesprek.shared.LineChart;

/**
 * One page per employee with everything in time order and two small charts. The employee sees their
 * history with every manager they had; a manager only what the two of them did together.
 */
@Controller
class TimelineController {

	private static final LocalDate BEGINNING = LocalDate.of(2000, 1, 1);

	private final DevelopmentGuard guard;

	private final Conversations conversations;

	private final Ambitions ambitions;

	private final Appreciations appreciations;

	private final YearStories stories;

	private final People people;

	private final MessageSource messages;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	TimelineController(DevelopmentGuard guard, Conversations conversations, Ambitions ambitions,
			Appreciations appreciations, YearStories stories, People people, MessageSource messages, Clock clock,
			ApplicationEventPublisher events) {
		this.events = events;
		this.guard = guard;
		this.conversations = conversations;
		this.ambitions = ambitions;
		this.appreciations = appreciations;
		this.stories = stories;
		this.people = people;
		this.messages = messages;
		this.clock = clock;
	}

	/** One moment on the timeline; {@code link} may be {@code null}. */
	public record Moment(LocalDate date, String what, String text, String link) {
	}

	/** A row of a chart's table. */
	public record Row(LocalDate date, String who, String what, int value, Integer second) {
	}

	@GetMapping("/people/{id}/timeline")
	String timeline(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Locale locale, Model model) {
		Person person = guard.visible(user.id(), id);
		boolean self = person.id().equals(user.id());
		if (!self) {
			// the manager reads the pair's scores, pulses and records: in the employee's read log
			events.publishEvent(new ContentRead(user.id().value(), person.id().value(), ContentRead.Kind.TIMELINE, null,
					null, java.time.Instant.now()));
		}
		LocalDate today = LocalDate.now(clock);
		List<Moment> moments = new ArrayList<>();
		List<Row> scores = new ArrayList<>();
		List<Row> pulses = new ArrayList<>();
		var scoreSeries = LineChart.newSeries();
		var pulseSeries = LineChart.newSeries();
		for (EmployeeId manager : self ? conversations.managersOf(person.id()) : List.of(user.id())) {
			String managerName = people.find(manager).map(Person::name).orElse("");
			PairHistory history = conversations.historyOf(person.id(), manager, BEGINNING, today);
			history.held().forEach(held -> moments.add(new Moment(held.date(), msg("timeline.held", locale),
					msg("timeline.heldWith", locale, msg("conversation.kind." + held.kind().name(), locale), managerName),
					"/conversations/" + held.conversationId() + "/record")));
			history.agreements().forEach(line -> moments.add(new Moment(line.made(), msg("timeline.agreement", locale),
					line.description() + " (" + msg("agreement.status." + line.status(), locale) + ")", null)));
			for (PairHistory.Score score : history.scores()) {
				String who = score.side() == Side.EMPLOYEE ? person.firstName() : managerName;
				scores.add(new Row(score.date(), who, score.themeTitle(), score.score(), null));
				if (score.side() == Side.EMPLOYEE) {
					scoreSeries.computeIfAbsent(score.themeTitle(), key -> new java.util.TreeMap<>()).put(score.date(), score.score());
				}
			}
			for (PairHistory.Pulse pulse : history.pulses()) {
				String who = pulse.side() == Side.EMPLOYEE ? person.firstName() : managerName;
				pulses.add(new Row(pulse.date(), who, null, pulse.good(), pulse.heard()));
				series(pulseSeries, msg("timeline.pulse.good", locale, who), pulse.date(), pulse.good());
				series(pulseSeries, msg(pulse.side() == Side.EMPLOYEE ? "timeline.pulse.heard" : "timeline.pulse.equal",
						locale, who), pulse.date(), pulse.heard());
			}
		}
		ambitions.of(person.id()).forEach(ambition -> moments.add(new Moment(date(ambition.writtenAt()),
				msg("timeline.ambition", locale), ambition.text(), null)));
		appreciations.received(person.id(), Instant.EPOCH, !self).forEach(item -> moments.add(new Moment(
				date(item.givenAt()), msg("timeline.appreciation", locale, item.giver()), item.text(), null)));
		(self ? stories.ofEmployee(person.id()) : stories.of(person.id(), user.id())).forEach(story -> moments.add(
				new Moment(date(story.compiledAt()), msg("timeline.yearStory", locale),
						msg("yearStory.list.item", locale, story.periodStart().getYear()), "/year-stories/" + story.id())));
		moments.sort(Comparator.comparing(Moment::date).reversed());
		scores.sort(Comparator.comparing(Row::date));
		pulses.sort(Comparator.comparing(Row::date));
		DateTimeFormatter shortDate = DateTimeFormatter.ofPattern("d MMM yyyy", locale);
		model.addAttribute("person", person);
		model.addAttribute("self", self);
		model.addAttribute("moments", moments);
		model.addAttribute("scores", scores);
		model.addAttribute("pulses", pulses);
		model.addAttribute("scoreChart", LineChart.of(scoreSeries, 640, 220, shortDate::format));
		model.addAttribute("pulseChart", LineChart.of(pulseSeries, 640, 220, shortDate::format));
		return "development/timeline";
	}

	private static void series(Map<String, Map<LocalDate, Integer>> series, String name, LocalDate date, int value) {
		series.computeIfAbsent(name, key -> new java.util.TreeMap<>()).put(date, value);
	}

	private static LocalDate date(Instant instant) {
		return instant.atZone(Dates.ZONE).toLocalDate();
	}

	private String msg(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

}
