package nl.goedgesprek.development.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.context.MessageSource;

import nl.goedgesprek.development.internal.YearStoryFacts;
import nl.goedgesprek.people.Person;
import nl.goedgesprek.shared.LineChart;

/**
 * The year story's two charts, drawn by the same {@link LineChart} as the timeline and the
 * dashboard: the pulse after each conversation (both questions, both sides) and the well-being
 * statement (both sides). The tables below them give the same numbers in words.
 */
final class YearStoryCharts {

	private YearStoryCharts() {
	}

	static LineChart pulse(YearStoryFacts facts, Person employee, Person manager, MessageSource messages,
			Locale locale) {
		var series = LineChart.newSeries();
		for (YearStoryFacts.Point point : facts.pulse()) {
			boolean byEmployee = "EMPLOYEE".equals(point.side());
			String who = byEmployee ? employee.firstName() : manager.firstName();
			add(series, messages.getMessage("timeline.pulse.good", new Object[] { who }, locale), point.date(),
					point.value());
			if (point.second() != null) {
				add(series, messages.getMessage(byEmployee ? "timeline.pulse.heard" : "timeline.pulse.equal",
						new Object[] { who }, locale), point.date(), point.second());
			}
		}
		return LineChart.of(series, 640, 220, format(locale)::format);
	}

	static LineChart wellbeing(YearStoryFacts facts, Person employee, Person manager, Locale locale) {
		var series = LineChart.newSeries();
		for (YearStoryFacts.Point point : facts.wellbeing()) {
			add(series, "EMPLOYEE".equals(point.side()) ? employee.firstName() : manager.firstName(), point.date(),
					point.value());
		}
		return LineChart.of(series, 640, 220, format(locale)::format);
	}

	private static void add(Map<String, Map<LocalDate, Integer>> series, String name, LocalDate date, int value) {
		series.computeIfAbsent(name, key -> new TreeMap<>()).put(date, value);
	}

	private static DateTimeFormatter format(Locale locale) {
		return DateTimeFormatter.ofPattern("d MMM yyyy", locale);
	}


}
