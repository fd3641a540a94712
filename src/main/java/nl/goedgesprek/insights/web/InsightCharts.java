package nl.goedgesprek.insights.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import nl.goedgesprek.insights.internal.Dashboard;
import nl.goedgesprek.insights.internal.Figure;
import nl.goedgesprek.shared.LineChart;

/** The dashboard's two trend charts; months with too few people simply have no point. */
@Component
class InsightCharts {

	private final MessageSource messages;

	InsightCharts(MessageSource messages) {
		this.messages = messages;
	}

	LineChart pulse(Dashboard dashboard, Locale locale) {
		Map<String, Map<LocalDate, Double>> series = new LinkedHashMap<>();
		dashboard.pulse().forEach(month -> {
			put(series, messages.getMessage("insights.pulse.good", null, locale), month.month().atDay(1), month.good());
			put(series, messages.getMessage("insights.pulse.heard", null, locale), month.month().atDay(1), month.heard());
		});
		return LineChart.of(series, 640, 220, DateTimeFormatter.ofPattern("MMM yyyy", locale)::format);
	}

	LineChart statements(Dashboard dashboard, Locale locale) {
		Map<String, Map<LocalDate, Double>> series = new LinkedHashMap<>();
		dashboard.statements().forEach(month -> dashboard.topics().forEach(topic -> put(series,
				messages.getMessage("topic." + topic.name(), null, locale), month.month().atDay(1),
				month.topics().get(topic))));
		return LineChart.of(series, 640, 220, DateTimeFormatter.ofPattern("MMM yyyy", locale)::format);
	}

	private static void put(Map<String, Map<LocalDate, Double>> series, String name, LocalDate month, Figure figure) {
		if (figure != null && figure.shown()) {
			series.computeIfAbsent(name, key -> new TreeMap<>()).put(month, figure.value());
		}
	}

}
