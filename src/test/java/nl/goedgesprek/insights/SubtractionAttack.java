package nl.goedgesprek.insights;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import nl.goedgesprek.cards.Topic;
import nl.goedgesprek.insights.internal.Dashboard;
import nl.goedgesprek.insights.internal.Figure;
import nl.goedgesprek.insights.internal.Period;
import nl.goedgesprek.people.CurrentUser;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.people.Role;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An attacker with every view the insights pages offer: HR's dashboard of the organisation and of
 * each team, every manager's dashboard of their own reports, each for 3, 6 and 12 months, on screen
 * (the coverage's big figure) and in every CSV download. Each figure shown is tied to the units it
 * adds up (people for coverage and development, conversations, agreements, the answers of one
 * month), read here from the database and not from the dashboard's code. Then it combines:
 * <ul>
 * <li>every pair of shown figures of the same kind where one's units contain the other's: their
 * difference is a figure about the people of the units left (organisation minus a team, 12 minus 6
 * months, a team minus a manager's reports, the screen minus a CSV);</li>
 * <li>every shown figure minus all the shown figures of the team dashboards inside it (the
 * organisation's coverage minus every team's).</li>
 * </ul>
 * Either must never leave a figure about one to four people. A manager is not counted in a
 * difference that involves their own dashboard: a figure about yourself tells you nothing new, and
 * only someone who has both pages could combine them.
 */
final class SubtractionAttack {

	/** One figure as shown, with what it adds up: unit id to the employee it is about. */
	record Shown(String kind, String where, Long manager, Map<Long, Long> units) {
	}

	private static final String TOO_FEW = "te weinig mensen";

	private static final Map<Topic, String> SCORES = Map.of(Topic.RESULTS, "score_results", Topic.DEVELOPMENT,
			"score_development", Topic.COLLABORATION, "score_collaboration", Topic.WELLBEING, "score_wellbeing",
			Topic.DIRECTION, "score_direction");

	private static final Pattern BIG_FIGURE = Pattern.compile("class=\"big-figure\">\\s*<strong>([^<]*)</strong>");

	private final MockMvc mvc;

	private final JdbcTemplate jdbc;

	private final LocalDate today;

	SubtractionAttack(MockMvc mvc, JdbcTemplate jdbc, Clock clock) {
		this.mvc = mvc;
		this.jdbc = jdbc;
		this.today = LocalDate.now(clock);
	}

	/** A dashboard: the organisation ({@code team} and {@code manager} null), one team, or a manager's reports. */
	private record View(String name, Long team, Long manager, int months) {

		String base() {
			return manager == null ? "/insights" : "/team/insights";
		}

		String query() {
			return "?months=" + months + (team == null ? "" : "&team=" + team);
		}

		String scope() {
			return team != null ? "i.team_id = " + team : manager != null ? "i.manager_id = " + manager : "1 = 1";
		}

		String employees() {
			return "e.active = true and e.manager_id is not null" + (team != null ? " and e.team_id = " + team : "")
					+ (manager != null ? " and e.manager_id = " + manager : "");
		}

	}

	/** Every figure every view shows. */
	List<Shown> collect() throws Exception {
		List<View> views = new ArrayList<>();
		List<Long> teams = jdbc.queryForList("select distinct e.team_id from employee e where e.team_id is not null"
				+ " and e.active = true and e.manager_id is not null order by 1", Long.class);
		List<Long> managers = jdbc.queryForList("select distinct e.manager_id from employee e where e.active = true"
				+ " and e.manager_id is not null order by 1", Long.class);
		for (int months : new int[] { 3, 6, 12 }) {
			views.add(new View("organisation", null, null, months));
			teams.forEach(team -> views.add(new View("team " + team, team, null, months)));
			managers.forEach(manager -> views.add(new View("reports of " + manager, null, manager, months)));
		}
		List<Shown> shown = new ArrayList<>();
		for (View view : views) {
			shown.addAll(figures(view));
		}
		return shown;
	}

	private List<Shown> figures(View view) throws Exception {
		List<Shown> shown = new ArrayList<>();
		String where = view.name() + ", " + view.months() + " months";
		String from = "date '" + Period.monthsBack(view.months(), today).from() + "'";
		String conversations = "select i.conversation_id, i.employee_id from insight_conversation i where " + view.scope()
				+ " and i.held_on >= " + from;
		String agreements = "select i.agreement_id, i.employee_id from insight_agreement i where " + view.scope()
				+ " and i.held_on >= " + from;
		String page = fetch(view.base() + view.query(), view);
		Matcher big = BIG_FIGURE.matcher(page);
		if (big.find() && !big.group(1).contains(TOO_FEW)) {
			shown.add(new Shown("coverage", where + ", on screen", view.manager(),
					units("select e.id, e.id from employee e where " + view.employees())));
		}
		for (CSVRecord row : csv(view, "coverage")) {
			if (shows(row, 1)) {
				shown.add(new Shown("coverage", where + ", coverage.csv " + row.get(0), view.manager(), units(
						"select e.id, e.id from employee e join team t on t.id = e.team_id where t.name = ? and " + view.employees(),
						row.get(0))));
			}
		}
		List<Topic> topics = Dashboard.topicsShown();
		for (CSVRecord row : csv(view, "themes")) {
			for (int column = 1; column <= topics.size(); column++) {
				if (shows(row, column)) {
					boolean reports = view.manager() != null;
					shown.add(new Shown("themes " + topics.get(column - 1), where + ", themes.csv " + row.get(0), view.manager(),
							reports ? units(conversations) : units(conversations + " and i.team_id = (select id from team where name = ?)",
									row.get(0))));
				}
			}
		}
		for (CSVRecord row : csv(view, "voice")) {
			if (shows(row, 3)) {
				shown.add(new Shown("voice " + row.getRecordNumber(), where + ", voice.csv " + row.get(0), view.manager(),
						units(conversations)));
			}
		}
		for (CSVRecord row : csv(view, "follow-through")) {
			if (shows(row, 1)) {
				boolean helped = row.getRecordNumber() == 7;
				shown.add(new Shown("follow-through " + row.getRecordNumber(), where + ", follow-through.csv " + row.get(0),
						view.manager(), units(agreements + (helped ? " and i.helped is not null" : ""))));
			}
		}
		for (CSVRecord row : csv(view, "pulse")) {
			String month = row.get(0);
			String inMonth = " and i.held_year = " + month.substring(0, 4) + " and i.held_month = "
					+ Integer.parseInt(month.substring(5));
			for (int column = 1; column <= 2; column++) {
				if (shows(row, column)) {
					shown.add(new Shown("pulse " + column + " " + month, where + ", pulse.csv " + month, view.manager(),
							units(conversations + inMonth + " and i.pulse_good is not null")));
				}
			}
		}
		for (CSVRecord row : csv(view, "statements")) {
			String month = row.get(0);
			String inMonth = " and i.held_year = " + month.substring(0, 4) + " and i.held_month = "
					+ Integer.parseInt(month.substring(5));
			for (int column = 1; column <= topics.size(); column++) {
				if (shows(row, column)) {
					Topic topic = topics.get(column - 1);
					shown.add(new Shown("statements " + topic + " " + month, where + ", statements.csv " + month, view.manager(),
							units(conversations + inMonth + " and i." + SCORES.get(topic) + " is not null")));
				}
			}
		}
		for (CSVRecord row : csv(view, "development")) {
			if (shows(row, 1)) {
				String name = row.get(0);
				Map<Long, Long> choosers = units("select distinct e.id, e.id from employee e join chosen_competency k on"
						+ " k.employee_id = e.id and k.status = 'CHOSEN' join competency c on c.id = k.competency_id"
						+ " where c.active = true and c.name = ? and " + view.employees(), name);
				choosers.putAll(units("select distinct e.id, e.id from employee e join development_goal g on g.employee_id = e.id"
						+ " join organisation_goal o on o.id = g.organisation_goal_id where o.active = true and o.title = ? and "
						+ view.employees(), name));
				shown.add(new Shown("development " + name, where + ", development.csv " + name, view.manager(), choosers));
			}
		}
		return shown;
	}

	/**
	 * Every combination that leaves a figure about one to four people, as readable lines: the figures
	 * combined and the people the result is about.
	 */
	static List<String> leaks(List<Shown> shown) {
		List<String> leaks = new ArrayList<>();
		Map<String, List<Shown>> byKind = new LinkedHashMap<>();
		shown.forEach(figure -> byKind.computeIfAbsent(figure.kind(), kind -> new ArrayList<>()).add(figure));
		byKind.forEach((kind, figures) -> {
			for (Shown whole : figures) {
				for (Shown part : figures) {
					if (part != whole && contains(whole, part) && part.units().size() < whole.units().size()) {
						check(leaks, kind, whole, List.of(part));
					}
				}
				// The team dashboards inside it that show the figure, each team once (its largest).
				List<Shown> teams = figures.stream()
					.filter(part -> part != whole && part.manager() == null && contains(whole, part)
							&& part.units().size() < whole.units().size() && !part.where().startsWith("organisation"))
					.sorted(Comparator.comparing((Shown part) -> part.units().size()).reversed())
					.toList();
				List<Shown> largest = new ArrayList<>();
				for (Shown team : teams) {
					if (largest.stream().noneMatch(other -> contains(other, team))) {
						largest.add(team);
					}
				}
				if (largest.size() > 1 && disjoint(largest)) {
					check(leaks, kind, whole, largest);
				}
			}
		});
		return leaks;
	}

	private static void check(List<String> leaks, String kind, Shown whole, List<Shown> parts) {
		Map<Long, Long> rest = new HashMap<>(whole.units());
		parts.forEach(part -> part.units().keySet().forEach(rest::remove));
		Set<Long> people = new HashSet<>(rest.values());
		if (whole.manager() != null) {
			people.remove(whole.manager());
		}
		parts.stream().filter(part -> part.manager() != null).forEach(part -> people.remove(part.manager()));
		if (!people.isEmpty() && people.size() < Figure.MINIMUM_PEOPLE) {
			leaks.add(kind + ": [" + whole.where() + "] minus " + parts.stream().map(Shown::where).toList() + " is about "
					+ people.size() + " people " + people);
		}
	}

	private static boolean contains(Shown whole, Shown part) {
		return whole.units().keySet().containsAll(part.units().keySet());
	}

	private static boolean disjoint(List<Shown> parts) {
		Set<Long> seen = new HashSet<>();
		for (Shown part : parts) {
			for (Long unit : part.units().keySet()) {
				if (!seen.add(unit)) {
					return false;
				}
			}
		}
		return true;
	}

	private static boolean shows(CSVRecord row, int column) {
		return row.size() > column && !row.get(column).isBlank() && !row.get(column).contains(TOO_FEW);
	}

	private Map<Long, Long> units(String sql, Object... args) {
		Map<Long, Long> units = new HashMap<>();
		jdbc.query(sql, rs -> {
			units.put(rs.getLong(1), rs.getLong(2));
		}, args);
		return units;
	}

	private List<CSVRecord> csv(View view, String table) throws Exception {
		String text = fetch(view.base() + "/export/" + table + ".csv" + view.query(), view);
		List<CSVRecord> records = CSVFormat.DEFAULT.builder().setDelimiter(';').build()
			.parse(new StringReader(text.replace("\uFEFF", "")))
			.getRecords();
		return records.isEmpty() ? records : records.subList(1, records.size());
	}

	private String fetch(String url, View view) throws Exception {
		return mvc.perform(get(url).with(viewer(view)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private RequestPostProcessor viewer(View view) {
		if (view.manager() != null) {
			return user(new CurrentUser(EmployeeId.of(view.manager()), "manager" + view.manager() + "@example.org", "Manager",
					"{noop}-", Set.of(Role.MANAGER)));
		}
		// roles are read fresh on every request, so the viewer really holds the HR role in the database
		long anyone = jdbc.queryForObject("select min(id) from employee", Long.class);
		if (jdbc.queryForObject("select count(*) from employee_role where employee = ? and role = 'HR'", Long.class,
				anyone) == 0) {
			jdbc.update("insert into employee_role (employee, role) values (?, 'HR')", anyone);
		}
		return user(new CurrentUser(EmployeeId.of(anyone), "hr@example.org", "HR", "{noop}-", Set.of(Role.HR)));
	}

}
