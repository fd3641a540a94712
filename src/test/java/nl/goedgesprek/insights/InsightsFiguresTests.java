package nl.goedgesprek.insights;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.goedgesprek.cards.Topic;
import nl.goedgesprek.insights.OrganisationGenerator.Held;
import nl.goedgesprek.insights.internal.ConversationFacts;
import nl.goedgesprek.insights.internal.Dashboard;
import nl.goedgesprek.insights.internal.Dashboards;
import nl.goedgesprek.insights.internal.Figure;
import nl.goedgesprek.insights.internal.Period;
import nl.goedgesprek.insights.internal.Scope;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.people.TeamId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every dashboard figure against a count made here, in Java, from the rows the generator wrote: not
 * from the dashboard's SQL. Runs on H2 and on PostgreSQL (the subclasses). One team has four
 * employees, so everything about it must stay hidden.
 */
abstract class InsightsFiguresTests {

	static final int[] TEAMS = { 7, 6, 4, 9 };

	static final int WEEKS = 6;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Dashboards dashboards;

	@Autowired
	Clock clock;

	@Autowired
	ConversationFacts facts;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate transactions;

	static final List<Held> held = new ArrayList<>();

	static List<OrganisationGenerator.Person> people;

	LocalDate today;

	@BeforeEach
	void generateOnce() {
		today = LocalDate.now(clock);
		if (people == null || held.isEmpty() || jdbc.queryForObject("select count(*) from conversation", Long.class) == 0) {
			held.clear();
			people = new OrganisationGenerator(jdbc, 42).generate(TEAMS, WEEKS, 14, today, held::add);
			facts.fillMissing(); // the generator writes rows directly, so no events fill the read model
		}
	}

	Period period() {
		return Period.monthsBack(12, today);
	}

	List<Held> inPeriod(Long team) {
		return held.stream()
			.filter(h -> !h.date().isBefore(period().from()) && !h.date().isAfter(today))
			.filter(h -> team == null || h.team() == team)
			.toList();
	}

	/** A scope to check, and the team whose generated conversations it holds ({@code null}: all). */
	record Case(String name, Scope scope, Long team) {
	}

	/** The organisation, the largest team, and that team's manager's reports (the same people). */
	List<Case> cases() {
		long team = teamOfSize(9);
		long manager = people.stream().filter(p -> p.manager() && p.team() == team).findFirst().orElseThrow().id();
		return List.of(new Case("organisation", Scope.organisation(), null), new Case("team", Scope.team(TeamId.of(team)), team),
				new Case("manager", Scope.reportsOf(EmployeeId.of(manager)), team));
	}

	long teamOfSize(int size) {
		Map<Long, Long> employees = people.stream().filter(p -> !p.manager())
			.collect(Collectors.groupingBy(OrganisationGenerator.Person::team, Collectors.counting()));
		return employees.entrySet().stream().filter(e -> e.getValue() == size).findFirst().orElseThrow().getKey();
	}

	@Test
	void coverageIsTheShareOfPeopleWithAConversationWithinTheRhythm() {
		Dashboard d = dashboards.of(Scope.organisation(), period());
		Set<Long> covered = held.stream().filter(h -> !h.date().isBefore(today.minusWeeks(WEEKS)) && !h.date().isAfter(today))
			.map(Held::employee).collect(Collectors.toSet());
		assertThat(d.people()).isEqualTo(people.size());
		assertThat(d.coverage().people()).isEqualTo(people.size());
		assertThat(d.coverage().value()).isCloseTo((double) covered.size() / people.size(), Offset.offset(1e-9));
		for (var row : d.teams()) {
			List<OrganisationGenerator.Person> members = people.stream().filter(p -> p.team() == row.team().value()).toList();
			long count = members.stream().filter(p -> covered.contains(p.id())).count();
			assertThat(row.coverage().people()).isEqualTo(members.size());
			assertThat(row.coverage().value()).isCloseTo((double) count / members.size(), Offset.offset(1e-9));
		}
	}

	@Test
	void theHeatMapCountsConversationsWithNotesPerKeyTheme() {
		Dashboard d = dashboards.of(Scope.organisation(), period());
		assertThat(d.themes()).hasSize(TEAMS.length);
		for (var row : d.themes()) {
			long team = Long.parseLong(row.teamName().replace("Team ", ""));
			List<Held> conversations = inPeriod(team);
			long contributors = conversations.stream().map(Held::employee).distinct().count();
			for (Topic topic : d.topics()) {
				String key = OrganisationGenerator.THEMES[topic.ordinal()];
				long noted = conversations.stream().filter(h -> h.notedThemes().contains(key)).count();
				Figure cell = row.topics().get(topic);
				assertThat(cell.people()).isEqualTo(contributors);
				assertThat(cell.value()).isCloseTo((double) noted / conversations.size(), Offset.offset(1e-9));
				assertThat(cell.shown()).isEqualTo(contributors >= 5);
			}
		}
	}

	@Test
	void aTeamAndAManagerSeeTheHeatMapRowOfTheirOwnConversations() {
		for (Case c : cases().subList(1, 3)) {
			Dashboard d = dashboards.of(c.scope(), period());
			List<Held> conversations = inPeriod(c.team());
			assertThat(d.themes()).as(c.name()).hasSize(1);
			var row = d.themes().get(0);
			long contributors = conversations.stream().map(Held::employee).distinct().count();
			assertThat(row.teamName()).as(c.name()).isEqualTo(c.scope().manager() == null ? "Team " + c.team() : null);
			assertThat(row.conversations().value()).as(c.name()).isEqualTo((double) conversations.size());
			for (Topic topic : d.topics()) {
				String key = OrganisationGenerator.THEMES[topic.ordinal()];
				long noted = conversations.stream().filter(h -> h.notedThemes().contains(key)).count();
				assertThat(row.topics().get(topic).people()).isEqualTo(contributors);
				assertThat(row.topics().get(topic).value()).isCloseTo((double) noted / conversations.size(), Offset.offset(1e-9));
			}
		}
	}

	@Test
	void voiceCountsBothSides() {
		for (Case c : cases()) {
			voiceCountsBothSides(dashboards.of(c.scope(), period()), inPeriod(c.team()), c.scope().isOrganisation());
		}
	}

	/**
	 * How many people a figure over these conversations is about: their employees; for the
	 * organisation, the rest left after subtracting the teams that show their figures, when that rest
	 * is one to four people (here: the team of four). The generated rhythm puts five or more people in
	 * every stretch between the periods' starts, so the period comparison hides nothing here.
	 */
	static long voicePeople(List<Held> conversations, boolean organisation) {
		long all = conversations.stream().map(Held::employee).distinct().count();
		if (!organisation) {
			return all;
		}
		Map<Long, Long> perTeam = conversations.stream().collect(Collectors.groupingBy(Held::team,
				Collectors.collectingAndThen(Collectors.mapping(Held::employee, Collectors.toSet()), set -> (long) set.size())));
		long rest = conversations.stream().filter(h -> perTeam.get(h.team()) < Figure.MINIMUM_PEOPLE)
			.map(Held::employee).distinct().count();
		return rest > 0 && rest < Figure.MINIMUM_PEOPLE ? rest : all;
	}

	private void voiceCountsBothSides(Dashboard d, List<Held> conversations, boolean organisation) {
		assertThat(d.voice().words().employeeShare().people()).isEqualTo(voicePeople(conversations, organisation));
		assertThat(d.voice().talkingPoints().employee()).isEqualTo(conversations.stream().mapToLong(Held::employeeTalkingPoints).sum());
		assertThat(d.voice().talkingPoints().manager()).isEqualTo(conversations.stream().mapToLong(Held::managerTalkingPoints).sum());
		assertThat(d.voice().words().employee()).isEqualTo(conversations.stream().mapToLong(Held::employeeWords).sum());
		assertThat(d.voice().words().manager()).isEqualTo(conversations.stream().mapToLong(Held::managerWords).sum());
		long employeeOwned = conversations.stream().flatMap(h -> h.agreements().stream()).filter(a -> a.owner().equals("EMPLOYEE")).count();
		long managerOwned = conversations.stream().flatMap(h -> h.agreements().stream()).filter(a -> a.owner().equals("MANAGER")).count();
		assertThat(d.voice().agreements().employee()).isEqualTo(employeeOwned);
		assertThat(d.voice().agreements().manager()).isEqualTo(managerOwned);
		assertThat(d.voice().agreements().employeeShare().value())
			.isCloseTo((double) employeeOwned / (employeeOwned + managerOwned), Offset.offset(1e-9));
	}

	@Test
	void followThroughMatchesTheAgreements() {
		for (Case c : cases()) {
			followThroughMatchesTheAgreements(dashboards.of(c.scope(), period()).followThrough(), inPeriod(c.team()),
					c.scope().isOrganisation());
		}
	}

	private void followThroughMatchesTheAgreements(nl.goedgesprek.insights.internal.FollowThrough.Result f, List<Held> held,
			boolean organisation) {
		var agreements = held.stream().flatMap(h -> h.agreements().stream()).toList();
		double total = agreements.size();
		assertThat(f.agreements()).isEqualTo(agreements.size());
		assertThat(f.doneOnTime().people())
			.isEqualTo(voicePeople(held.stream().filter(h -> !h.agreements().isEmpty()).toList(), organisation));
		// "Did it help" answers are few: the months before the 6-month period can hold answers of fewer than
		// five people, and then the 12-month share is hidden with that rest (SubtractionAttack* test that).
		long answering = voicePeople(held.stream()
			.filter(h -> h.agreements().stream().anyMatch(a -> a.helped() != null)).toList(), organisation);
		assertThat(f.helped()).satisfiesAnyOf(helped -> assertThat(helped.people()).isEqualTo(answering),
				helped -> assertThat(helped.shown()).isFalse());
		assertThat(f.doneOnTime().value()).isCloseTo(agreements.stream()
			.filter(a -> a.status().equals("DONE") && !a.updated().isAfter(a.due())).count() / total, Offset.offset(1e-9));
		assertThat(f.doneLate().value()).isCloseTo(agreements.stream()
			.filter(a -> a.status().equals("DONE") && a.updated().isAfter(a.due())).count() / total, Offset.offset(1e-9));
		assertThat(f.overdue().value()).isCloseTo(agreements.stream()
			.filter(a -> (a.status().equals("OPEN") || a.status().equals("IN_PROGRESS")) && a.due().isBefore(today)).count() / total,
				Offset.offset(1e-9));
		assertThat(f.dropped().value()).isCloseTo(agreements.stream().filter(a -> a.status().equals("DROPPED")).count() / total,
				Offset.offset(1e-9));
		assertThat(f.notAchieved().value()).isCloseTo(
				agreements.stream().filter(a -> a.status().equals("NOT_ACHIEVED")).count() / total, Offset.offset(1e-9));
		var reviewed = agreements.stream().filter(a -> a.helped() != null).toList();
		assertThat(f.helped().value()).isCloseTo(
				reviewed.stream().filter(a -> a.helped().equals("YES")).count() / (double) reviewed.size(), Offset.offset(1e-9));
	}

	@Test
	void monthlyTrendsAverageTheEmployeesAnswers() {
		for (Case c : cases()) {
			monthlyTrendsAverageTheEmployeesAnswers(dashboards.of(c.scope(), period()), inPeriod(c.team()),
					c.scope().isOrganisation());
		}
	}

	private void monthlyTrendsAverageTheEmployeesAnswers(Dashboard d, List<Held> held, boolean organisation) {
		Map<YearMonth, List<Held>> byMonth = held.stream().collect(Collectors.groupingBy(h -> YearMonth.from(h.date())));
		assertThat(d.pulse()).extracting(m -> m.month()).containsExactlyElementsOf(byMonth.keySet().stream().sorted().toList());
		for (var month : d.pulse()) {
			List<Held> those = byMonth.get(month.month());
			assertThat(month.good().people()).isEqualTo(voicePeople(those, organisation));
			assertThat(month.good().value()).isCloseTo(those.stream().mapToInt(Held::employeeGood).average().orElseThrow(), Offset.offset(1e-9));
			assertThat(month.heard().value()).isCloseTo(those.stream().mapToInt(Held::employeeHeard).average().orElseThrow(), Offset.offset(1e-9));
		}
		for (var month : d.statements()) {
			List<Held> those = byMonth.get(month.month());
			for (Topic topic : d.topics()) {
				int index = topic.ordinal();
				assertThat(month.topics().get(topic).people()).isEqualTo(voicePeople(those, organisation));
				assertThat(month.topics().get(topic).value())
					.isCloseTo(those.stream().mapToInt(h -> h.employeeScores()[index]).average().orElseThrow(), Offset.offset(1e-9));
			}
		}
	}

	@Test
	void aTeamOfFourShowsNothingWhateverTheFilter() {
		long small = teamOfSize(4);
		for (int months : new int[] { 3, 6, 12 }) {
			Dashboard d = dashboards.of(Scope.team(TeamId.of(small)), Period.monthsBack(months, today));
			assertThat(d.people()).as("four employees and their manager").isEqualTo(5);
			List<Figure> figures = new ArrayList<>();
			d.themes().forEach(row -> figures.addAll(row.topics().values()));
			figures.add(d.voice().talkingPoints().employeeShare());
			figures.add(d.voice().words().employeeShare());
			figures.add(d.followThrough().doneOnTime());
			figures.add(d.followThrough().helped());
			d.pulse().forEach(m -> figures.add(m.good()));
			d.statements().forEach(m -> figures.addAll(m.topics().values()));
			assertThat(figures).as("every figure about the four employees' conversations").isNotEmpty()
				.allMatch(figure -> !figure.shown() && figure.visible() == null && figure.percent() == null);
		}
		Dashboard organisation = dashboards.of(Scope.organisation(), period());
		assertThat(organisation.themes()).filteredOn(row -> row.teamName().equals("Team " + small))
			.singleElement()
			.satisfies(row -> assertThat(row.topics().values()).noneMatch(Figure::shown));
		// The organisation's sums minus those of the three teams that show theirs are the team of four's.
		assertThat(List.of(organisation.voice().talkingPoints(), organisation.voice().words(), organisation.voice().agreements()))
			.allSatisfy(balance -> assertThat(balance.employeeShare().shown()).isFalse());
	}

	@Test
	void developmentCountsPeopleNotRows() {
		Dashboard d = dashboards.of(Scope.organisation(), period());
		Map<String, Long> expected = new HashMap<>();
		jdbc.query("select c.name, k.employee_id from chosen_competency k join competency c on c.id = k.competency_id", rs -> {
			expected.merge(rs.getString(1), 1L, Long::sum);
		});
		// The count itself is the value; whether it is shown also depends on the teams' counts
		// (DevelopmentCountsIntegrationTests).
		d.competencies().forEach(c -> assertThat(Math.round(c.people().value())).isEqualTo(expected.getOrDefault(c.name(), 0L)));
		Set<Long> withGoal = new HashSet<>(jdbc.queryForList("select distinct employee_id from development_goal", Long.class));
		assertThat(d.koers().stream().mapToLong(k -> Math.round(k.people().value())).sum()).isEqualTo(withGoal.size());
	}

	/**
	 * Each kind of change to what a dashboard counts, made with plain SQL as any writer could, shows on
	 * the next dashboard at once: a dashboard kept from before it (on PostgreSQL, by the data versions)
	 * must not be shown again. A dashboard computed within a transaction is never kept, so it says what
	 * the figures are now. Each change is undone after, and then the first dashboard comes back.
	 */
	@Test
	void everyChangeToWhatADashboardCountsShowsAtOnce() {
		Dashboard before = dashboards.of(Scope.organisation(), period());
		assertThat(before).isEqualTo(computedNow());
		long team = teamOfSize(9);
		long other = teamOfSize(7);
		long employee = people.stream().filter(p -> !p.manager() && p.team() == team).findFirst().orElseThrow().id();
		long last = held.stream().filter(h -> !h.date().isAfter(today)).max(java.util.Comparator.comparing(Held::date))
			.orElseThrow().id();
		int good = jdbc.queryForObject("select good from pulse where conversation = ? and side = 'EMPLOYEE'", Integer.class, last);
		Map<String, List<Runnable>> changes = new java.util.LinkedHashMap<>();
		changes.put("a person moved to another team", List.of(
				() -> jdbc.update("update employee set team_id = ? where id = ?", other, employee),
				() -> jdbc.update("update employee set team_id = ? where id = ?", team, employee)));
		changes.put("a person left", List.of(() -> jdbc.update("update employee set active = false where id = ?", employee),
				() -> jdbc.update("update employee set active = true where id = ?", employee)));
		changes.put("a team renamed", List.of(() -> jdbc.update("update team set name = 'Team hernoemd' where id = ?", team),
				() -> jdbc.update("update team set name = ? where id = ?", "Team " + team, team)));
		changes.put("a competency added", List.of(
				() -> jdbc.update("insert into competency (version, name, active) values (0, 'Nieuwe competentie', true)"),
				() -> jdbc.update("delete from competency where name = 'Nieuwe competentie'")));
		changes.put("a koers goal added", List.of(
				() -> jdbc.update("insert into organisation_goal (version, title, active) values (0, 'Nieuw koersdoel', true)"),
				() -> jdbc.update("delete from organisation_goal where title = 'Nieuw koersdoel'")));
		changes.put("a pulse answered otherwise", List.of(() -> pulse(last, good == 5 ? 1 : 5), () -> pulse(last, good)));
		changes.forEach((change, doAndUndo) -> {
			doAndUndo.get(0).run();
			Dashboard after = dashboards.of(Scope.organisation(), period());
			assertThat(after).as(change).isNotEqualTo(before).isEqualTo(computedNow());
			doAndUndo.get(1).run();
			assertThat(dashboards.of(Scope.organisation(), period())).as(change + ", undone").isEqualTo(before);
		});
	}

	/** A pulse given otherwise, and the read model told, as conversations' event would. */
	private void pulse(long conversation, int good) {
		jdbc.update("update pulse set good = ? where conversation = ? and side = 'EMPLOYEE'", good, conversation);
		facts.refresh(new nl.goedgesprek.conversations.ConversationId(conversation));
	}

	/** The organisation's dashboard computed now: within a transaction, where none is kept or shown again. */
	Dashboard computedNow() {
		return transactions.execute(status -> dashboards.of(Scope.organisation(), period()));
	}

}
