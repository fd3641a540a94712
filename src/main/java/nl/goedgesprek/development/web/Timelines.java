package nl.goedgesprek.development.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import nl.goedgesprek.conversations.Conversations;
import nl.goedgesprek.conversations.PairHistory;
import nl.goedgesprek.conversations.Side;
import nl.goedgesprek.development.internal.Ambitions;
import nl.goedgesprek.development.internal.Appreciations;
import nl.goedgesprek.development.internal.YearStories;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.people.People;
import nl.goedgesprek.people.Person;
import nl.goedgesprek.shared.Dates;
import nl.goedgesprek.shared.LineChart;

/**
 * Puts an employee's timeline together from what each module keeps: the conversations with each
 * manager (held, agreements, scores, pulses), ambitions, appreciation received and year stories. The
 * employee's own timeline spans every manager they had; a manager's only the two of them together.
 * Who may see it is the controller's question, asked before.
 */
@Component
class Timelines {

	private static final LocalDate BEGINNING = LocalDate.of(2000, 1, 1);

	/** One moment on the timeline; {@code link} may be {@code null}. */
	public record Moment(LocalDate date, String what, String text, String link) {
	}

	/** A row of a chart's table. */
	public record Row(LocalDate date, String who, String what, int value, Integer second) {
	}

	/** Everything in time order (newest first), the two charts' rows (oldest first) and their series. */
	record Timeline(List<Moment> moments, List<Row> scores, List<Row> pulses, Map<String, Map<LocalDate, Integer>> scoreSeries,
			Map<String, Map<LocalDate, Integer>> pulseSeries) {
	}

	private final Conversations conversations;

	private final Ambitions ambitions;

	private final Appreciations appreciations;

	private final YearStories stories;

	private final People people;

	private final MessageSource messages;

	Timelines(Conversations conversations, Ambitions ambitions, Appreciations appreciations, YearStories stories,
			People people, MessageSource messages) {
		this.conversations = conversations;
		this.ambitions = ambitions;
		this.appreciations = appreciations;
		this.stories = stories;
		this.people = people;
		this.messages = messages;
	}

	/** {@code person}'s timeline as {@code viewer} sees it: their own ({@code self}), or as their manager. */
	Timeline of(Person person, EmployeeId viewer, boolean self, LocalDate today, Locale locale) {
		Timeline timeline = new Timeline(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), LineChart.newSeries(),
				LineChart.newSeries());
		for (EmployeeId manager : self ? conversations.managersOf(person.id()) : List.of(viewer)) {
			withManager(timeline, person, manager, today, locale);
		}
		List<Moment> moments = timeline.moments();
		ambitions.of(person.id()).forEach(ambition -> moments.add(new Moment(date(ambition.writtenAt()),
				msg("timeline.ambition", locale), ambition.text(), null)));
		appreciations.received(person.id(), Instant.EPOCH, !self).forEach(item -> moments.add(new Moment(
				date(item.givenAt()), msg("timeline.appreciation", locale, item.giver()), item.text(), null)));
		(self ? stories.ofEmployee(person.id()) : stories.of(person.id(), viewer)).forEach(story -> moments.add(
				new Moment(date(story.compiledAt()), msg("timeline.yearStory", locale),
						msg("yearStory.list.item", locale, story.periodStart().getYear()), "/year-stories/" + story.id())));
		moments.sort(Comparator.comparing(Moment::date).reversed());
		timeline.scores().sort(Comparator.comparing(Row::date));
		timeline.pulses().sort(Comparator.comparing(Row::date));
		return timeline;
	}

	/** What the employee and this manager did together: held conversations, agreements, scores and pulses. */
	private void withManager(Timeline timeline, Person person, EmployeeId manager, LocalDate today, Locale locale) {
		String managerName = people.find(manager).map(Person::name).orElse("");
		PairHistory history = conversations.historyOf(person.id(), manager, BEGINNING, today);
		history.held().forEach(held -> timeline.moments().add(new Moment(held.date(), msg("timeline.held", locale),
				msg("timeline.heldWith", locale, msg("conversation.kind." + held.kind().name(), locale), managerName),
				"/conversations/" + held.conversationId() + "/record")));
		history.agreements().forEach(line -> timeline.moments().add(new Moment(line.made(), msg("timeline.agreement", locale),
				line.description() + " (" + msg("agreement.status." + line.status(), locale) + ")", null)));
		for (PairHistory.Score score : history.scores()) {
			String who = score.side() == Side.EMPLOYEE ? person.firstName() : managerName;
			timeline.scores().add(new Row(score.date(), who, score.themeTitle(), score.score(), null));
			if (score.side() == Side.EMPLOYEE) {
				series(timeline.scoreSeries(), score.themeTitle(), score.date(), score.score());
			}
		}
		for (PairHistory.Pulse pulse : history.pulses()) {
			String who = pulse.side() == Side.EMPLOYEE ? person.firstName() : managerName;
			timeline.pulses().add(new Row(pulse.date(), who, null, pulse.good(), pulse.heard()));
			series(timeline.pulseSeries(), msg("timeline.pulse.good", locale, who), pulse.date(), pulse.good());
			series(timeline.pulseSeries(), msg(pulse.side() == Side.EMPLOYEE ? "timeline.pulse.heard" : "timeline.pulse.equal",
					locale, who), pulse.date(), pulse.heard());
		}
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
