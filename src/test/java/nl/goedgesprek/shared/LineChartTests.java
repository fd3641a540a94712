package nl.goedgesprek.shared;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chart every page draws: labels that stay inside it, and series that stay apart when their
 * values are the same.
 */
class LineChartTests {

	private static final LocalDate FIRST = LocalDate.of(2026, 3, 1);

	private static final LocalDate LAST = LocalDate.of(2026, 9, 1);

	@Test
	void theFirstDateStartsAtThePlotAndTheLastEndsAtItsEdgeSoNeitherIsCutOff() {
		LineChart chart = LineChart.of(Map.of("Welzijn", new TreeMap<>(Map.of(FIRST, 3, LAST, 4))), 640, 220,
				LocalDate::toString);
		assertThat(chart.xTicks()).hasSize(2);
		assertThat(chart.xTicks().get(0).anchor()).isEqualTo("start");
		assertThat(chart.xTicks().get(0).position()).isEqualTo(chart.left());
		assertThat(chart.xTicks().get(1).anchor()).isEqualTo("end");
		assertThat(chart.xTicks().get(1).position()).isLessThanOrEqualTo(chart.width());
		assertThat(chart.bottom()).as("room below the plot for 26 units of text").isLessThanOrEqualTo(220 - 40);
		assertThat(chart.left()).as("room left of the plot for the 1-5 labels").isGreaterThanOrEqualTo(40);
	}

	@Test
	void seriesWithTheSameValuesDifferInDashMarkerAndWidth() {
		Map<String, Map<LocalDate, Integer>> series = new LinkedHashMap<>();
		for (String name : new String[] { "Goed gesprek", "Gehoord", "Evenveel inbreng" }) {
			series.put(name, new TreeMap<>(Map.of(FIRST, 4, LAST, 4)));
		}
		LineChart chart = LineChart.of(series, 640, 220, LocalDate::toString);
		assertThat(chart.lines()).extracting(LineChart.Line::dash).doesNotHaveDuplicates();
		assertThat(chart.lines()).extracting(LineChart.Line::marker).doesNotHaveDuplicates();
		assertThat(chart.lines()).extracting(LineChart.Line::colour).doesNotHaveDuplicates();
		assertThat(chart.lines().get(0).strokeWidth()).isGreaterThan(chart.lines().get(1).strokeWidth());
		assertThat(chart.lines().get(0).points()).isEqualTo(chart.lines().get(1).points());
		assertThat(chart.lines().get(1).marker().filled()).as("an open marker over a filled one").isFalse();
	}

	@Test
	void oneDateSitsInTheMiddle() {
		LineChart chart = LineChart.of(Map.of("Welzijn", Map.of(FIRST, 5)), 640, 220, LocalDate::toString);
		assertThat(chart.xTicks()).singleElement().satisfies(tick -> assertThat(tick.anchor()).isEqualTo("middle"));
	}

}
