package nl.goedgesprek.insights.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import nl.goedgesprek.cards.Topic;
import nl.goedgesprek.insights.internal.Dashboard;
import nl.goedgesprek.insights.internal.Figure;
import nl.goedgesprek.shared.SpreadsheetCsv;

/**
 * Each dashboard table as CSV ({@link SpreadsheetCsv}: counts as numbers, names as text a spreadsheet
 * never runs), with the same rule as on screen: a figure about fewer than five people is written as
 * "te weinig mensen".
 */
@Component
class InsightsCsv {

	private final MessageSource messages;

	InsightsCsv(MessageSource messages) {
		this.messages = messages;
	}

	void write(String table, Dashboard d, Locale locale, HttpServletResponse response) throws IOException {
		SpreadsheetCsv.download(table, rows(table, d, locale), response);
	}

	/** A manager's "who needs attention": names, dates and counts of their own reports, as on the page. */
	void writeFollowUp(List<InsightsController.FollowUpRow> followUp, Locale locale, HttpServletResponse response)
			throws IOException {
		List<List<Object>> rows = new ArrayList<>();
		rows.add(List.of(msg("person.name", locale), msg("team.lastHeld", locale), msg("insights.followUp.behind", locale),
				msg("team.openAgreements", locale), msg("insights.followUp.overdueAgreements", locale)));
		followUp.forEach(row -> rows.add(List.of(row.person().name(),
				row.lastHeld() == null ? msg("team.never", locale) : row.lastHeld().toLocalDate().toString(),
				msg(row.overdue() ? "insights.yes" : "insights.no", locale), row.openAgreements(),
				row.overdueAgreements())));
		SpreadsheetCsv.download("follow-up", rows, response);
	}

	List<List<Object>> rows(String table, Dashboard d, Locale locale) {
		List<List<Object>> rows = new ArrayList<>();
		switch (table) {
			case "coverage" -> {
				rows.add(List.of(msg("insights.team", locale), msg("insights.coverage.share", locale)));
				d.teams().forEach(row -> rows.add(List.of(row.teamName(), percent(row.coverage(), locale))));
			}
			case "themes" -> {
				List<Object> head = new ArrayList<>(List.of(msg("insights.team", locale)));
				d.topics().forEach(topic -> head.add(msg("topic." + topic.name(), locale)));
				rows.add(head);
				d.themes().forEach(row -> {
					List<Object> line = new ArrayList<>(List.of(row.teamName() == null ? msg("insights.themes.reports", locale) : row.teamName()));
					for (Topic topic : d.topics()) {
						line.add(percent(row.topics().get(topic), locale));
					}
					rows.add(line);
				});
			}
			case "voice" -> {
				rows.add(List.of("", msg("insights.voice.employees", locale), msg("insights.voice.managers", locale),
						msg("insights.voice.employeeShare", locale)));
				rows.add(balance(msg("insights.voice.talkingPoints", locale), d.voice().talkingPoints(), locale));
				rows.add(balance(msg("insights.voice.words", locale), d.voice().words(), locale));
				rows.add(balance(msg("insights.voice.agreements", locale), d.voice().agreements(), locale));
			}
			case "follow-through" -> {
				var f = d.followThrough();
				rows.add(List.of("", msg("insights.share", locale)));
				rows.add(List.of(msg("insights.follow.onTime", locale), percent(f.doneOnTime(), locale)));
				rows.add(List.of(msg("insights.follow.late", locale), percent(f.doneLate(), locale)));
				rows.add(List.of(msg("insights.follow.overdue", locale), percent(f.overdue(), locale)));
				rows.add(List.of(msg("insights.follow.notAchieved", locale), percent(f.notAchieved(), locale)));
				rows.add(List.of(msg("insights.follow.dropped", locale), percent(f.dropped(), locale)));
				rows.add(List.of(msg("insights.follow.helped", locale), percent(f.helped(), locale)));
			}
			case "pulse" -> {
				rows.add(List.of(msg("insights.month", locale), msg("insights.pulse.good", locale), msg("insights.pulse.heard", locale)));
				d.pulse().forEach(m -> rows.add(List.of(m.month().toString(), average(m.good(), locale), average(m.heard(), locale))));
			}
			case "statements" -> {
				List<Object> head = new ArrayList<>(List.of(msg("insights.month", locale)));
				d.topics().forEach(topic -> head.add(msg("topic." + topic.name(), locale)));
				rows.add(head);
				d.statements().forEach(m -> {
					List<Object> line = new ArrayList<>(List.of(m.month().toString()));
					d.topics().forEach(topic -> line.add(average(m.topics().get(topic), locale)));
					rows.add(line);
				});
			}
			case "development" -> {
				rows.add(List.of(msg("insights.development.what", locale), msg("insights.development.people", locale)));
				d.competencies().forEach(c -> rows.add(List.of(c.name(), count(c.people(), locale))));
				d.koers().forEach(k -> rows.add(List.of(k.name(), count(k.people(), locale))));
			}
			default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		if (d.tooFewPeople()) {
			return List.of(List.of(msg("insights.tooFew", locale)));
		}
		return rows;
	}

	private List<Object> balance(String what, nl.goedgesprek.insights.internal.Voice.Balance balance, Locale locale) {
		boolean shown = balance.employeeShare().shown();
		return List.of(what, shown ? balance.employee() : tooFew(locale),
				shown ? balance.manager() : tooFew(locale), percent(balance.employeeShare(), locale));
	}

	private String percent(Figure figure, Locale locale) {
		return figure == null || !figure.shown() ? tooFew(locale) : figure.percent() + "%";
	}

	private Object average(Figure figure, Locale locale) {
		return figure == null || !figure.shown() ? tooFew(locale) : figure.rounded();
	}

	private Object count(Figure figure, Locale locale) {
		return figure == null || !figure.shown() ? tooFew(locale) : Math.round(figure.value());
	}

	private String tooFew(Locale locale) {
		return msg("insights.tooFew", locale);
	}

	private String msg(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

}
