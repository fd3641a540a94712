package nl.goedgesprek.shared;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * A small line chart of 1-5 answers (or their averages) over time, drawn as SVG on the server: no
 * JavaScript, no chart library to load, and the same numbers go into the table next to it for screen
 * readers. Pages render it with {@code fragments/chart :: chart}.
 * <p>
 * Two series with the same values lie on top of each other, so colour alone cannot tell them apart:
 * each series also has its own dash pattern, marker shape (filled and open shapes alternate, so an
 * open marker on top of a filled one leaves both visible) and width (the first widest, so a later line
 * runs inside an earlier one), and the legend shows them. The
 * first date's label starts at the plot's left edge and the last one ends at its right edge, so
 * neither is cut off. The axis text grows as the chart shrinks (CSS container queries on
 * {@code .chart}), so it stays at least 12 px on a phone; the margins below leave room for the
 * largest size.
 */
public record LineChart(int width, int height, List<Line> lines, List<Tick> xTicks, List<Tick> yTicks) {

	static final String[] COLOURS = { "#1f6f64", "#b4532a", "#5b4a9e", "#2b6cb0", "#8a6d1d", "#a23b72" };

	/** Solid, dashed, dotted, dash-dot: each series its own, so overlapping lines still show both. */
	static final String[] DASHES = { "", "10 6", "3 5", "14 5 3 5", "6 4", "2 8" };

	/** Shapes for the points; the odd ones are drawn open, so a filled one below stays visible. */
	static final Marker[] MARKERS = { Marker.CIRCLE, Marker.SQUARE, Marker.TRIANGLE, Marker.DIAMOND, Marker.RING,
			Marker.CROSS };

	/** Room for the y labels (up to 26 units of text, right-aligned). */
	private static final int LEFT = 44;

	/** Room for the last marker; the last date's label is right-aligned, so it never passes the edge. */
	private static final int RIGHT = 14;

	private static final int TOP = 14;

	/** Room for the x labels at their largest size. */
	private static final int BOTTOM = 48;

	public enum Marker {

		CIRCLE(true), SQUARE(false), TRIANGLE(true), DIAMOND(false), RING(false), CROSS(false);

		private final boolean filled;

		Marker(boolean filled) {
			this.filled = filled;
		}

		public boolean filled() {
			return filled;
		}

		/** The shape around a point as an SVG path. */
		String path(double x, double y) {
			return switch (this) {
				case CIRCLE -> circle(x, y, 5);
				case RING -> circle(x, y, 8);
				case SQUARE -> "M" + r(x - 6) + "," + r(y - 6) + "h12v12h-12z";
				case TRIANGLE -> "M" + r(x) + "," + r(y - 7) + "L" + r(x + 7) + "," + r(y + 5) + "L" + r(x - 7) + ","
						+ r(y + 5) + "z";
				case DIAMOND -> "M" + r(x) + "," + r(y - 8) + "L" + r(x + 8) + "," + r(y) + "L" + r(x) + "," + r(y + 8)
						+ "L" + r(x - 8) + "," + r(y) + "z";
				case CROSS -> "M" + r(x - 6) + "," + r(y - 6) + "L" + r(x + 6) + "," + r(y + 6) + "M" + r(x + 6) + ","
						+ r(y - 6) + "L" + r(x - 6) + "," + r(y + 6);
			};
		}

		private static String circle(double x, double y, double radius) {
			return "M" + r(x - radius) + "," + r(y) + "a" + radius + "," + radius + " 0 1,0 " + (2 * radius) + ",0a"
					+ radius + "," + radius + " 0 1,0 " + (-2 * radius) + ",0";
		}

	}

	/**
	 * One series: its colour, dash pattern ({@code ""} for solid), marker and stroke width. Earlier
	 * series are drawn wider, so a later one on the same values runs inside it and both stay visible.
	 */
	public record Line(String name, String colour, String dash, Marker marker, double strokeWidth, String points,
			List<Dot> dots) {

		/** The marker at the middle of a legend sample 36 wide and 16 high. */
		public String legendMarker() {
			return marker.path(18, 8);
		}

	}

	/** A point with its marker shape as an SVG path, and what it says in words. */
	public record Dot(double x, double y, String path, String label) {
	}

	/** A label on an axis; {@code anchor} is the SVG text-anchor that keeps it inside the chart. */
	public record Tick(double position, String label, String anchor) {
	}

	public boolean isEmpty() {
		return lines.isEmpty();
	}

	/** @param series per name, the value (1-5) per date */
	public static LineChart of(Map<String, ? extends Map<LocalDate, ? extends Number>> series, int width, int height,
			Function<LocalDate, String> dateLabel) {
		TreeSet<LocalDate> dates = new TreeSet<>();
		series.values().forEach(values -> dates.addAll(values.keySet()));
		if (dates.isEmpty()) {
			return new LineChart(width, height, List.of(), List.of(), List.of());
		}
		LocalDate first = dates.first();
		long span = Math.max(1, ChronoUnit.DAYS.between(first, dates.last()));
		double plotWidth = width - LEFT - RIGHT;
		double plotHeight = height - TOP - BOTTOM;
		Function<LocalDate, Double> x = date -> dates.size() == 1 ? LEFT + plotWidth / 2
				: LEFT + plotWidth * ChronoUnit.DAYS.between(first, date) / span;
		Function<Number, Double> y = value -> TOP + plotHeight * (5 - value.doubleValue()) / 4.0;
		List<Line> lines = new ArrayList<>();
		int index = 0;
		for (Map.Entry<String, ? extends Map<LocalDate, ? extends Number>> entry : series.entrySet()) {
			Marker marker = MARKERS[index % MARKERS.length];
			StringBuilder points = new StringBuilder();
			List<Dot> dots = new ArrayList<>();
			for (Map.Entry<LocalDate, ? extends Number> point : new TreeMap<>(entry.getValue()).entrySet()) {
				double px = r(x.apply(point.getKey()));
				double py = r(y.apply(point.getValue()));
				points.append(px).append(',').append(py).append(' ');
				dots.add(new Dot(px, py, marker.path(px, py),
						entry.getKey() + ", " + dateLabel.apply(point.getKey()) + ": " + label(point.getValue())));
			}
			lines.add(new Line(entry.getKey(), COLOURS[index % COLOURS.length], DASHES[index % DASHES.length], marker,
					Math.max(2.5, 7 - 1.5 * index), points.toString().trim(), dots));
			index++;
		}
		List<Tick> xTicks = dates.size() == 1
				? List.of(new Tick(r(x.apply(first)), dateLabel.apply(first), "middle"))
				: List.of(new Tick(LEFT, dateLabel.apply(first), "start"),
						new Tick(width - RIGHT, dateLabel.apply(dates.last()), "end"));
		List<Tick> yTicks = new ArrayList<>();
		for (int value = 1; value <= 5; value++) {
			yTicks.add(new Tick(r(y.apply(value)), String.valueOf(value), "end"));
		}
		return new LineChart(width, height, lines, xTicks, yTicks);
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

	private static double r(double value) {
		return Math.round(value * 10) / 10.0;
	}

}
