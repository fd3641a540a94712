package nl.goedgesprek.insights.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import nl.goedgesprek.insights.internal.Dashboard;
import nl.goedgesprek.insights.internal.Dashboards;
import nl.goedgesprek.insights.internal.Period;
import nl.goedgesprek.insights.internal.Scope;
import nl.goedgesprek.people.CurrentUser;
import nl.goedgesprek.people.People;
import nl.goedgesprek.people.Person;
import nl.goedgesprek.people.TeamId;

/**
 * The dashboards: the organisation's for HR and administrators (by team if they like), and a
 * manager's for their own reports. Both follow the same rule: no figure about fewer than five people.
 * Every table can be downloaded as CSV.
 */
@Controller
class InsightsController {

	static final List<Integer> PERIODS = Period.OFFERED;

	private final Dashboards dashboards;

	private final People people;

	private final InsightsCsv csv;

	private final InsightCharts charts;

	private final Clock clock;

	private final nl.goedgesprek.conversations.Conversations conversations;

	InsightsController(Dashboards dashboards, People people, InsightsCsv csv, InsightCharts charts, Clock clock,
			nl.goedgesprek.conversations.Conversations conversations) {
		this.conversations = conversations;
		this.charts = charts;
		this.dashboards = dashboards;
		this.people = people;
		this.csv = csv;
		this.clock = clock;
	}

	@GetMapping("/insights")
	String organisation(@RequestParam(required = false) Long team, @RequestParam(defaultValue = "12") int months,
			Locale locale, Model model) {
		model.addAttribute("teams", people.activeTeams());
		model.addAttribute("team", team);
		return page(team == null ? Scope.organisation() : Scope.team(TeamId.of(team)), months, "/insights", model, locale);
	}

	@GetMapping("/team/insights")
	String team(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "12") int months,
			Locale locale, Model model) {
		var manager = manager(user);
		model.addAttribute("followUp", followUp(manager));
		return page(Scope.reportsOf(manager), months, "/team/insights", model, locale);
	}

	/**
	 * For the manager's own view: per report, whether they are behind on the rhythm and how many of
	 * their agreements are open or past their date. Names, dates and counts: what the manager already
	 * sees on the team page, with no threshold because it is about their own reports.
	 */
	public record FollowUpRow(Person person, java.time.LocalDateTime lastHeld, boolean overdue, int openAgreements,
			int overdueAgreements) {
	}

	private List<FollowUpRow> followUp(nl.goedgesprek.people.EmployeeId manager) {
		var reports = people.reportsOf(manager);
		var now = java.time.LocalDateTime.now(clock);
		int weeks = people.rhythm().checkInWeeks();
		var facts = conversations.rhythmFacts(reports.stream().map(Person::id).toList(), now);
		return reports.stream().map(person -> {
			var f = facts.get(person.id());
			return new FollowUpRow(person, f.lastHeld(), f.overdue(now, weeks), f.openAgreements(), f.overdueAgreements());
		}).filter(row -> row.overdue() || row.openAgreements() > 0).toList();
	}

	/**
	 * Every team's row of one per-team table, for an organisation with many teams: the dashboard
	 * shows the ten that need attention most and fetches this when "all teams" is opened (htmx), or
	 * links to it as a page of its own.
	 */
	@GetMapping("/insights/teams/{table}")
	String allTeams(@PathVariable String table, @RequestParam(defaultValue = "12") int months, HtmxRequest htmx,
			Model model) {
		if (!ALL_TEAMS.contains(table)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		Period period = period(months);
		model.addAttribute("rows", table.equals("coverage")
				? dashboards.coveragePerTeam(period)
				: dashboards.themesPerTeam(period));
		model.addAttribute("topics", nl.goedgesprek.insights.internal.Dashboard.topicsShown());
		model.addAttribute("table", table);
		model.addAttribute("months", PERIODS.contains(months) ? months : 12);
		return htmx.isHtmxRequest() ? "insights/all-teams :: " + table : "insights/all-teams";
	}

	static final List<String> ALL_TEAMS = List.of("coverage", "themes");

	@GetMapping("/insights/export/{table}.csv")
	void exportOrganisation(@PathVariable String table, @RequestParam(required = false) Long team,
			@RequestParam(defaultValue = "12") int months, Locale locale, HttpServletResponse response) throws IOException {
		csv.write(table, dashboard(team == null ? Scope.organisation() : Scope.team(TeamId.of(team)), months), locale,
				response);
	}

	@GetMapping("/team/insights/export/{table}.csv")
	void exportTeam(@AuthenticationPrincipal CurrentUser user, @PathVariable String table,
			@RequestParam(defaultValue = "12") int months, Locale locale, HttpServletResponse response) throws IOException {
		var manager = manager(user);
		if (table.equals("follow-up")) {
			csv.writeFollowUp(followUp(manager), locale, response);
			return;
		}
		csv.write(table, dashboard(Scope.reportsOf(manager), months), locale, response);
	}

	private String page(Scope scope, int months, String base, Model model, Locale locale) {
		Dashboard dashboard = dashboard(scope, months);
		model.addAttribute("dashboard", dashboard);
		model.addAttribute("pulseChart", charts.pulse(dashboard, locale));
		model.addAttribute("statementsChart", charts.statements(dashboard, locale));
		model.addAttribute("months", PERIODS.contains(months) ? months : 12);
		model.addAttribute("periods", PERIODS);
		model.addAttribute("base", base);
		return "insights/dashboard";
	}

	private Dashboard dashboard(Scope scope, int months) {
		return dashboards.of(scope, period(months));
	}

	private Period period(int months) {
		return Period.monthsBack(PERIODS.contains(months) ? months : 12, LocalDate.now(clock));
	}

	/** Only someone with reports has a team dashboard. */
	private nl.goedgesprek.people.EmployeeId manager(CurrentUser user) {
		Person me = people.find(user.id()).orElseThrow();
		if (!me.isManager() || people.reportsOf(me.id()).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return me.id();
	}

}
