package nl.goedgesprek.shared;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A small line chart of 1-5 answers (or their averages) over time, drawn as SVG on the server: no
 * JavaScript, no chart library to load, and the same numbers go into the table next to it for screen
 * readers. Pages render it with {@code fragments/chart :: chart}.
 */
public record LineChart(int width, int height, List<Line> lines, List<Tick> xTicks, List<Tick> yTicks) {

	static final String[] COLOURS = { "#1f6f64", "#b4532a", "#5b4a9e", "#2b6cb0", "#8a6d1d", "#a23b72" };

	private static final int LEFT = 36;

	private static final int RIGHT = 12;

	private static final int TOP = 12;

	private static final int BOTTOM = 28;

	public record Line(String name, String colour, String points, List<Dot> dots) {
	}

	public record Dot(double x, double y, String label) {
	}

	public record Tick(double position, String label) {
	}

	public boolean isEmpty() {
		return lines.isEmpty();
	}

	/** @param series per name, the value (1-5) per date */
	public static LineChart of(Map<String, ? extends Map<LocalDate, ? extends Number>> series, int width, int height,
			java.util.function.Function<LocalDate, String> dateLabel) {
		TreeSet<LocalDate> dates = new TreeSet<>();
		series.values().forEach(values -> dates.addAll(values.keySet()));
		if (dates.isEmpty()) {
			return new LineChart(width, height, List.of(), List.of(), List.of());
		}
		LocalDate first = dates.first();
		long span = Math.max(1, ChronoUnit.DAYS.between(first, dates.last()));
		double plotWidth = width - LEFT - RIGHT;
		double plotHeight = height - TOP - BOTTOM;
		java.util.function.Function<LocalDate, Double> x = date -> dates.size() == 1 ? LEFT + plotWidth / 2
				: LEFT + plotWidth * ChronoUnit.DAYS.between(first, date) / span;
		java.util.function.Function<Number, Double> y = value -> TOP + plotHeight * (5 - value.doubleValue()) / 4.0;
		List<Line> lines = new ArrayList<>();
		int colour = 0;
		for (Map.Entry<String, ? extends Map<LocalDate, ? extends Number>> entry : series.entrySet()) {
			StringBuilder points = new StringBuilder();
			List<Dot> dots = new ArrayList<>();
			for (Map.Entry<LocalDate, ? extends Number> point : new java.util.TreeMap<>(entry.getValue()).entrySet()) {
				double px = round(x.apply(point.getKey()));
				double py = round(y.apply(point.getValue()));
				points.append(px).append(',').append(py).append(' ');
				dots.add(new Dot(px, py, entry.getKey() + ", " + dateLabel.apply(point.getKey()) + ": " + label(point.getValue())));
			}
			lines.add(new Line(entry.getKey(), COLOURS[colour++ % COLOURS.length], points.toString().trim(), dots));
		}
		List<Tick> xTicks = List.of(new Tick(round(x.apply(first)), dateLabel.apply(first)),
				new Tick(round(x.apply(dates.last())), dateLabel.apply(dates.last())));
		List<Tick> yTicks = new ArrayList<>();
		for (int value = 1; value <= 5; value++) {
			yTicks.add(new Tick(round(y.apply(value)), String.valueOf(value)));
		}
		return new LineChart(width, height, lines, dates.size() == 1 ? xTicks.subList(0, 1) : xTicks, yTicks);
	}

	public static Map<String, Map<LocalDate, Integer>> newSeries() {
		return new LinkedHashMap<>();
	}

	public int left() {
		return LEFT;
	}

	public int right() {
		return width - RIGHT;
	}

	public int bottom() {
		return height - BOTTOM;
	}

	private static String label(Number value) {
		double rounded = Math.round(value.doubleValue() * 10) / 10.0;
		return rounded == Math.floor(rounded) ? String.valueOf((long) rounded) : String.valueOf(rounded);
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

}
