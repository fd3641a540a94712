package nl.goedgesprek.insights.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import nl.goedgesprek.people.EmployeeId;

/**
 * "Mijn gesprekken als leidinggevende": a manager's own view over every conversation they held as
 * the manager in the last twelve months (whoever reports to them now): how their employees rated the
 * conversations (the pulse), the balance of voice, and what became of the agreements, with one or two
 * suggestions. Nothing is shown until those conversations were with at least five different employees
 * and the first lies at least three months back. Every figure is the manager dashboard's own for the
 * same scope and period ({@link Dashboards}, so {@link Subtraction} guards it against the team, the
 * organisation and the shorter periods); the pulse over the period adds up only the months that
 * dashboard shows, so comparing the two views yields nothing the dashboard does not already show.
 */
@Service
public class ConversationsAsManager {

	static final int MONTHS = 12;

	static final int MINIMUM_MONTHS = 3;

	/** The figures, or {@code enough == false} with nothing in them. */
	public record View(boolean enough, Figure good, Figure heard, Voice.Result voice, FollowThrough.Result followThrough,
			List<String> suggestions) {

		static final View TOO_FEW = new View(false, null, null, null, null, List.of());

	}

	private final JdbcClient jdbc;

	private final Dashboards dashboards;

	ConversationsAsManager(JdbcClient jdbc, Dashboards dashboards) {
		this.jdbc = jdbc;
		this.dashboards = dashboards;
	}

	public View of(EmployeeId manager, LocalDate today) {
		Period period = Period.monthsBack(MONTHS, today);
		Scope scope = Scope.reportsOf(manager);
		long employees = HeldConversations.bind(jdbc.sql("select " + HeldConversations.people("last_held_on")), scope, period)
			.query(Long.class).single();
		LocalDate first = jdbc.sql("select min(held_on) from insight_conversation where manager_id = :m and held_on >= :from")
			.param("m", manager.value()).param("from", Date.valueOf(period.from()))
			.query((rs, row) -> java.util.Optional.ofNullable(rs.getDate(1))).single().map(Date::toLocalDate).orElse(null);
		if (employees < Figure.MINIMUM_PEOPLE || first == null || first.isAfter(today.minusMonths(MINIMUM_MONTHS))) {
			return View.TOO_FEW;
		}
		Dashboard dashboard = dashboards.of(scope, period);
		Set<YearMonth> shown = dashboard.pulse().stream().filter(month -> month.good().shown() && month.heard().shown())
			.map(Trends.PulseMonth::month).collect(Collectors.toSet());
		Figure[] pulse = pulseOver(shown, scope, period, employees);
		return new View(true, pulse[0], pulse[1], dashboard.voice(), dashboard.followThrough(),
				ManagerSuggestions.of(dashboard.voice(), dashboard.followThrough(), pulse[1]));
	}

	/** The employees' pulse over the months the dashboard shows, weighted by their answers. */
	private Figure[] pulseOver(Set<YearMonth> shown, Scope scope, Period period, long employees) {
		long answers = 0;
		long good = 0;
		long heard = 0;
		for (var month : HeldConversations.bind(jdbc.sql("select m.held_year, m.held_month, m.pulse_good, m.pulse_heard,"
				+ " m.pulse_answers" + HeldConversations.months("insight_month") + " and m.pulse_answers > 0"), scope, period)
			.query((rs, row) -> new long[] { rs.getInt("held_year"), rs.getInt("held_month"), rs.getLong("pulse_good"),
					rs.getLong("pulse_heard"), rs.getLong("pulse_answers") })
			.list()) {
			if (shown.contains(YearMonth.of((int) month[0], (int) month[1]))) {
				good += month[2];
				heard += month[3];
				answers += month[4];
			}
		}
		long people = answers == 0 ? 0 : employees;
		return new Figure[] { Figure.of(answers == 0 ? 0 : (double) good / answers, people),
				Figure.of(answers == 0 ? 0 : (double) heard / answers, people) };
	}

}
