package nl.goedgesprek.people.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.goedgesprek.people.Due;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.people.Person;
import nl.goedgesprek.people.Role;
import nl.goedgesprek.people.TeamId;
import nl.goedgesprek.shared.Page;

/**
 * The read model of people: one query joins a person with their team, manager, granted roles and
 * whether anyone reports to them, so pages never assemble a person from several round trips.
 */
@Component
public class PersonQueries {

	private static final String SELECT_PERSON = """
			select e.id, e.name, e.email, e.job_title, e.team_id, t.name as team_name,
			       e.manager_id, m.name as manager_name, e.employment_start, e.employment_end, e.active,
			       (select count(*) from employee r where r.manager_id = e.id and r.active = true) as reports,
			       (select count(*) from employee_role g where g.employee = e.id and g.role = 'HR') as hr,
			       (select count(*) from employee_role g where g.employee = e.id and g.role = 'ADMIN') as admin
			from employee e
			left join team t on t.id = e.team_id
			left join employee m on m.id = e.manager_id
			""";

	/**
	 * The same columns for many people at once: the counts come from two grouped scans joined by hash
	 * instead of three lookups per person (the organisation's 20,000 took 60,000 lookups).
	 */
	private static final String SELECT_PEOPLE = """
			select e.id, e.name, e.email, e.job_title, e.team_id, t.name as team_name,
			       e.manager_id, m.name as manager_name, e.employment_start, e.employment_end, e.active,
			       coalesce(r.reports, 0) as reports, coalesce(g.hr, 0) as hr, coalesce(g.admin, 0) as admin
			from employee e
			left join team t on t.id = e.team_id
			left join employee m on m.id = e.manager_id
			left join (select manager_id, count(*) as reports from employee where active = true group by manager_id) r
			       on r.manager_id = e.id
			left join (select employee, sum(case when role = 'HR' then 1 else 0 end) as hr,
			                  sum(case when role = 'ADMIN' then 1 else 0 end) as admin
			           from employee_role group by employee) g on g.employee = e.id
			""";

	private final JdbcClient jdbc;

	PersonQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The language tag the person chose for mail and pages, if they chose one. */
	public Optional<String> language(EmployeeId id) {
		return jdbc.sql("select language from employee where id = :id")
			.param("id", id.value())
			.query(String.class)
			.list()
			.stream()
			.filter(java.util.Objects::nonNull)
			.findFirst();
	}

	/** Stores a personal preference, outside the HR record and its version, so the two never clash. */
	public void chooseLanguage(EmployeeId id, String languageTag) {
		jdbc.sql("update employee set language = :language where id = :id")
			.param("language", languageTag)
			.param("id", id.value())
			.update();
	}

	public List<nl.goedgesprek.people.TeamSummary> activeTeams() {
		return jdbc.sql("select id, name from team where active = true order by name")
			.query((rs, row) -> new nl.goedgesprek.people.TeamSummary(TeamId.of(rs.getLong("id")), rs.getString("name")))
			.list();
	}

	public Map<EmployeeId, String> names(java.util.Collection<EmployeeId> ids) {
		Map<EmployeeId, String> names = new HashMap<>();
		List<Long> distinct = ids.stream().map(EmployeeId::value).distinct().toList();
		// at most a thousand per statement: PostgreSQL takes at most 65,535 parameters
		for (int from = 0; from < distinct.size(); from += 1_000) {
			jdbc.sql("select id, name from employee where id in (:ids)")
				.param("ids", distinct.subList(from, Math.min(distinct.size(), from + 1_000)))
				.query(rs -> {
					names.put(EmployeeId.of(rs.getLong("id")), rs.getString("name"));
				});
		}
		return names;
	}

	/**
	 * A person as they are now; asked again within one page request, the first answer
	 * ({@link nl.goedgesprek.shared.RequestMemo}). Here rather than in {@code People}, so the access
	 * rules, the header and the page's own view share it: the record page read the same people three
	 * times.
	 */
	public Optional<Person> find(EmployeeId id) {
		return nl.goedgesprek.shared.RequestMemo.remember("person", id,
				() -> jdbc.sql(SELECT_PERSON + " where e.id = :id").param("id", id.value()).query(this::person).optional());
	}

	public List<Person> reportsOf(EmployeeId manager) {
		return jdbc.sql(SELECT_PERSON + " where e.manager_id = :manager and e.active = true order by e.name")
			.param("manager", manager.value())
			.query(this::person)
			.list();
	}

	/**
	 * People matching a free-text filter on name, email or job title, optionally within one team.
	 * @param text part of a name, email or job title; blank for everyone
	 * @param team a team, or {@code null} for all teams
	 * @param includeInactive whether deactivated people are listed too
	 */
	public List<Person> search(String text, TeamId team, boolean includeInactive) {
		return searchParams(jdbc.sql(SELECT_PERSON + SEARCH + " order by e.name"), text, team, includeInactive)
			.query(this::person)
			.list();
	}

	/** One page of a search, by name, and how many there are in all: an organisation can have 20,000 people. */
	public Page<Person> searchPage(String text, TeamId team, boolean includeInactive, int page, int size) {
		long total = searchParams(jdbc.sql("select count(*) from employee e" + SEARCH), text, team, includeInactive)
			.query(Long.class)
			.single();
		int shown = Page.clamp(page, total, size);
		List<Person> people = searchParams(jdbc.sql(SELECT_PERSON + SEARCH + " order by e.name, e.id offset " + (long) shown * size
				+ " rows fetch next " + size + " rows only"), text, team, includeInactive)
			.query(this::person)
			.list();
		return new Page<>(people, total, shown, size);
	}

	private static final String SEARCH = " where (lower(e.name) like :like or lower(e.email) like :like"
			+ " or lower(coalesce(e.job_title, '')) like :like)"
			+ " and (:team is null or e.team_id = :team) and (e.active = true or :inactive = true)";

	private static JdbcClient.StatementSpec searchParams(JdbcClient.StatementSpec spec, String text, TeamId team,
			boolean includeInactive) {
		return spec.param("like", "%" + (text == null ? "" : text.trim().toLowerCase(java.util.Locale.ROOT)) + "%")
			.param("team", team == null ? null : team.value(), java.sql.Types.BIGINT)
			.param("inactive", includeInactive);
	}

	/**
	 * Active people whose name contains the text, by name, at most {@code limit} of them: for choosing
	 * a colleague among thousands.
	 */
	public List<Person> activeNamed(String text, int limit) {
		String like = "%" + text.trim().toLowerCase(java.util.Locale.ROOT) + "%";
		return jdbc.sql(SELECT_PERSON + " where lower(e.name) like :like and e.active = true order by e.name fetch first "
				+ Math.max(1, limit) + " rows only")
			.param("like", like)
			.query(this::person)
			.list();
	}

	/** The active members of a team, by name. */
	public List<Person> activeMembers(TeamId team) {
		return search(null, team, false);
	}

	/**
	 * Everyone active with a manager (in one team, or all when {@code team} is {@code null}), in brief
	 * and in no particular order: sorting 20,000 names by the database's collation took 50 of 70 ms.
	 */
	public List<Due> due(TeamId team) {
		return jdbc.sql("select id, name, manager_id, employment_start from employee where active = true"
				+ " and manager_id is not null" + (team == null ? "" : " and team_id = :team"))
			.param("team", team == null ? null : team.value())
			.query((rs, row) -> new Due(EmployeeId.of(rs.getLong("id")), rs.getString("name"),
					EmployeeId.of(rs.getLong("manager_id")), rs.getObject("employment_start", java.time.LocalDate.class)))
			.list();
	}

	/** Everyone active, by name: the whole organisation in one statement. */
	public List<Person> activePeople() {
		return jdbc.sql(SELECT_PEOPLE + " where e.active = true order by e.name").query(this::person).list();
	}

	public int countActive() {
		return jdbc.sql("select count(*) from employee where active = true").query(Integer.class).single();
	}

	/** How many active administrators there are besides this person. */
	public int countActiveAdministratorsOtherThan(EmployeeId id) {
		return jdbc.sql("""
				select count(*) from employee e join employee_role g on g.employee = e.id
				where g.role = 'ADMIN' and e.active = true and e.id <> :id
				""").param("id", id == null ? -1L : id.value()).query(Integer.class).single();
	}

	public int countActiveTeams() {
		return jdbc.sql("select count(*) from team where active = true").query(Integer.class).single();
	}

	/** How many active people each team has, by team id, in one query. */
	public Map<Long, Integer> activeMembersPerTeam() {
		Map<Long, Integer> members = new HashMap<>();
		jdbc.sql("select team_id, count(*) as members from employee where active = true and team_id is not null group by team_id")
			.query(rs -> {
				members.put(rs.getLong("team_id"), rs.getInt("members"));
			});
		return members;
	}

	/** Active people with neither a manager nor reports: nobody to hold the good conversation with. */
	public int countActiveWithoutConversationPartner() {
		return jdbc.sql("""
				select count(*) from employee e
				where e.active = true and e.manager_id is null
				  and not exists (select 1 from employee r where r.manager_id = e.id and r.active = true)
				""").query(Integer.class).single();
	}

	/** Each person's manager, by email address: the reporting lines an import file is checked against. */
	public Map<String, String> managerEmails() {
		Map<String, String> managerOf = new HashMap<>();
		jdbc.sql("select e.email, m.email as manager_email from employee e join employee m on m.id = e.manager_id")
			.query(rs -> {
				managerOf.put(rs.getString("email"), rs.getString("manager_email"));
			});
		return managerOf;
	}

	private Person person(ResultSet rs, int row) throws SQLException {
		Set<Role> roles = EnumSet.of(Role.EMPLOYEE);
		if (rs.getInt("reports") > 0) {
			roles.add(Role.MANAGER);
		}
		if (rs.getInt("hr") > 0) {
			roles.add(Role.HR);
		}
		if (rs.getInt("admin") > 0) {
			roles.add(Role.ADMIN);
		}
		return new Person(EmployeeId.of(rs.getLong("id")), rs.getString("name"), rs.getString("email"),
				rs.getString("job_title"), TeamId.of(nullableLong(rs, "team_id")), rs.getString("team_name"),
				EmployeeId.of(nullableLong(rs, "manager_id")), rs.getString("manager_name"),
				date(rs, "employment_start"), date(rs, "employment_end"), rs.getBoolean("active"), roles);
	}

	private static Long nullableLong(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

	private static LocalDate date(ResultSet rs, String column) throws SQLException {
		Date date = rs.getDate(column);
		return date == null ? null : date.toLocalDate();
	}

	/** People whose employment ended before this day and who are not erased yet, for retention. */
	public java.util.List<EmployeeId> departedBefore(java.time.LocalDate day) {
		return jdbc.sql("select id from employee where employment_end < :day and erased_at is null order by id")
			.param("day", java.sql.Date.valueOf(day))
			.query(Long.class)
			.list()
			.stream()
			.map(EmployeeId::of)
			.toList();
	}

	/** Whether this person's data was erased (their row is then an anonymised placeholder). */
	public boolean erased(EmployeeId id) {
		return jdbc.sql("select count(*) from employee where id = :id and erased_at is not null")
			.param("id", id.value())
			.query(Long.class)
			.single() > 0;
	}

	/** Whether this person was erased, holding their row until the transaction ends: one erasure at a time. */
	public boolean erasedLocked(EmployeeId id) {
		return jdbc.sql("select erased_at from employee where id = :id for update")
			.param("id", id.value())
			.query((rs, row) -> rs.getObject(1) != null)
			.optional()
			.orElse(false);
	}

}
