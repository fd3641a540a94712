package nl.goedgesprek.development.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.people.People;
import nl.goedgesprek.people.Person;
import nl.goedgesprek.shared.PersonalData;

import static nl.goedgesprek.shared.PersonalData.instant;

/**
 * What the development module keeps about a person: ambitions (also replaced ones), chosen
 * competencies, the development plan, appreciation received and given, and the year stories of both
 * sides. A manager reads a year story through {@link YearStories#asSeenBy}, as the story page shows
 * it: without appreciation the employee hides from them.
 */
@Component
class DevelopmentPersonalData implements PersonalData {

	private final JdbcClient jdbc;

	private final YearStories stories;

	private final People people;

	DevelopmentPersonalData(JdbcClient jdbc, YearStories stories, People people) {
		this.jdbc = jdbc;
		this.stories = stories;
		this.people = people;
	}

	@Override
	public List<String> sections() {
		return List.of("ambitions", "competencies", "developmentPlan", "appreciationReceived", "appreciationGiven",
				"yearStories");
	}

	@Override
	public Set<String> tables() {
		return Set.of("ambition", "chosen_competency", "development_goal", "development_action", "appreciation",
				"year_story", "year_story_acknowledgement", "year_story_view");
	}

	@Override
	@Transactional(readOnly = true)
	public List<Section> of(long personId) {
		return List.of(new Section("ambitions", ambitions(personId)), new Section("competencies", competencies(personId)),
				new Section("developmentPlan", plan(personId)), new Section("appreciationReceived", appreciation(personId, true)),
				new Section("appreciationGiven", appreciation(personId, false)), new Section("yearStories", stories(personId)));
	}

	private List<Item> ambitions(long p) {
		return jdbc.sql("select id, text, written_at, replaced_at, replaced_by from ambition where employee_id = :p order by written_at, id")
			.param("p", p)
			.query((rs, n) -> PersonalData.item().field("id", rs.getLong("id")).field("text", rs.getString("text"))
				.field("writtenAt", instant(rs.getTimestamp("written_at")))
				.field("replacedAt", instant(rs.getTimestamp("replaced_at")))
				.field("replacedBy", rs.getObject("replaced_by", Long.class)).build())
			.list();
	}

	private List<Item> competencies(long p) {
		return jdbc.sql("""
				select c.name, k.status, k.suggested_by, k.updated_at from chosen_competency k join competency c on c.id = k.competency_id
				where k.employee_id = :p order by c.name, c.id""")
			.param("p", p)
			.query((rs, n) -> PersonalData.item().field("competency", rs.getString("name")).code("status", rs.getString("status"))
				.field("suggestedBy", name(rs.getObject("suggested_by", Long.class)))
				.field("updatedAt", instant(rs.getTimestamp("updated_at"))).build())
			.list();
	}

	private List<Item> plan(long p) {
		return jdbc.sql("""
				select g.id, g.title, a.text as ambition, c.name as competency, o.title as organisation_goal, g.created_at
				from development_goal g left join ambition a on a.id = g.ambition_id left join competency c on c.id = g.competency_id
				left join organisation_goal o on o.id = g.organisation_goal_id
				where g.employee_id = :p order by g.created_at, g.id""")
			.param("p", p)
			.query((rs, n) -> {
				long goal = rs.getLong("id");
				return PersonalData.item().field("id", goal).field("title", rs.getString("title"))
					.field("ambition", rs.getString("ambition")).field("competency", rs.getString("competency"))
					.field("organisationGoal", rs.getString("organisation_goal"))
					.field("createdAt", instant(rs.getTimestamp("created_at")))
					.child("actions", jdbc.sql("""
							select kind, description, employer_time, employer_budget, due_date, status, agreement_id
							from development_action where development_goal = :g order by development_goal_key""")
						.param("g", goal)
						.query((a, m) -> PersonalData.item().code("kind", a.getString("kind"))
							.field("description", a.getString("description"))
							.field("employerTime", a.getString("employer_time"))
							.field("employerBudget", a.getString("employer_budget"))
							.field("dueDate", PersonalData.date(a.getDate("due_date")))
							.code("status", a.getString("status"))
							.field("agreementId", a.getObject("agreement_id", Long.class)).build())
						.list())
					.build();
			})
			.list();
	}

	/** Received: everything, also what the person hides from their manager. Given: what they wrote to others. */
	private List<Item> appreciation(long p, boolean received) {
		return jdbc.sql("select p.recipient_id, p.giver_id, p.text, c.name as competency, p.hidden_from_manager, p.given_at"
				+ " from appreciation p left join competency c on c.id = p.competency_id where p."
				+ (received ? "recipient_id" : "giver_id") + " = :p order by p.given_at, p.id")
			.param("p", p)
			.query((rs, n) -> PersonalData.item()
				.field(received ? "giver" : "recipient", name(rs.getLong(received ? "giver_id" : "recipient_id")))
				.field("text", rs.getString("text")).field("competency", rs.getString("competency"))
				.field("hiddenFromManager", rs.getBoolean("hidden_from_manager"))
				.field("givenAt", instant(rs.getTimestamp("given_at"))).build())
			.list();
	}

	private List<Item> stories(long p) {
		EmployeeId person = EmployeeId.of(p);
		List<YearStory> all = new ArrayList<>(stories.ofEmployee(person));
		jdbc.sql("select id from year_story where manager_id = :p and employee_id <> :p order by period_start, id")
			.param("p", p)
			.query(Long.class)
			.list()
			.forEach(id -> stories.find(id).ifPresent(all::add));
		return all.stream().map(story -> story(stories.asSeenBy(story, person))).toList();
	}

	private Item story(YearStory s) {
		List<Item> acknowledgements = s.acknowledgements().stream().sorted()
			.map(a -> PersonalData.item().code("side", a.substring(0, a.indexOf(':'))).code("kind", a.substring(a.indexOf(':') + 1)).build())
			.toList();
		return PersonalData.item().field("id", s.id()).field("employee", name(s.employeeId().value()))
			.field("manager", name(s.managerId().value())).field("periodStart", s.periodStart())
			.field("periodEnd", s.periodEnd()).field("compiledAt", s.compiledAt())
			.field("employeeReflection", s.employeeReflection()).field("managerReflection", s.managerReflection())
			.field("lockedAt", s.lockedAt())
			.child("held", s.facts().held().stream().map(h -> PersonalData.item().field("date", h.date()).code("kind", h.kind()).build()).toList())
			.child("agreementsInStory", s.facts().agreements().stream()
				.map(l -> PersonalData.item().field("description", l.description()).code("status", l.status()).build()).toList())
			.child("appreciationInStory", s.facts().appreciation().stream()
				.map(t -> PersonalData.item().field("giver", t.giver()).field("date", t.date()).field("text", t.text()).build()).toList())
			.child("acknowledgements", acknowledgements)
			.child("employeeViews", s.views().stream()
				.map(v -> PersonalData.item().field("text", v.text()).field("writtenAt", v.writtenAt()).build()).toList())
			.build();
	}

	private String name(Long id) {
		return id == null ? null : people.find(EmployeeId.of(id)).map(Person::name).orElse(null);
	}

}
