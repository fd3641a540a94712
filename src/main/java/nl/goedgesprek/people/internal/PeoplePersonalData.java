package nl.goedgesprek.people.internal;

import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.goedgesprek.shared.PersonalData;

import static nl.goedgesprek.shared.PersonalData.instant;

/**
 * What the people module keeps about a person: the profile, roles and who changed them, the links
 * mailed to choose a password (never the link itself: only its hash is kept, and that stays out), the
 * invitation rounds, and what they did as HR or administrator that is kept with their name.
 */
@Component
class PeoplePersonalData implements PersonalData {

	private final JdbcClient jdbc;

	private final nl.goedgesprek.people.People people;

	PeoplePersonalData(JdbcClient jdbc, nl.goedgesprek.people.People people) {
		this.jdbc = jdbc;
		this.people = people;
	}

	@Override
	public List<String> sections() {
		return List.of("profile", "roles", "roleChanges", "accountLinks", "invitations", "invitationRoundsRequested",
				"scimTokensCreated");
	}

	@Override
	public Set<String> tables() {
		return Set.of("employee", "employee_role", "role_change", "account_token", "invitation_round",
				"invitation_round_member", "scim_token");
	}

	@Override
	@Transactional(readOnly = true)
	public List<Section> of(long personId) {
		return List.of(new Section("profile", profile(personId)), new Section("roles", roles(personId)),
				new Section("roleChanges", roleChanges(personId)), new Section("accountLinks", links(personId)),
				new Section("invitations", invitations(personId)),
				new Section("invitationRoundsRequested", rounds(personId)),
				new Section("scimTokensCreated", tokens(personId)));
	}

	private List<Item> profile(long id) {
		return jdbc.sql("""
				select e.id, e.name, e.email, e.job_title, t.name as team, m.name as manager, e.employment_start,
				       e.employment_end, e.active, e.language, e.password_hash is not null as has_password,
				       e.scim_external_id, e.scim_user_name
				from employee e left join team t on t.id = e.team_id left join employee m on m.id = e.manager_id
				where e.id = :id""")
			.param("id", id)
			.query((rs, n) -> PersonalData.item()
				.field("id", rs.getLong("id"))
				.field("name", rs.getString("name"))
				.field("email", rs.getString("email"))
				.field("jobTitle", rs.getString("job_title"))
				.field("team", rs.getString("team"))
				.field("manager", rs.getString("manager"))
				.field("employmentStart", PersonalData.date(rs.getDate("employment_start")))
				.field("employmentEnd", PersonalData.date(rs.getDate("employment_end")))
				.field("active", rs.getBoolean("active"))
				.code("language", rs.getString("language"))
				.field("hasPassword", rs.getBoolean("has_password"))
				.field("scimExternalId", rs.getString("scim_external_id"))
				.field("scimUserName", rs.getString("scim_user_name"))
				.build())
			.list();
	}

	/**
	 * Every role the person holds now: employee and manager follow from being employed and having
	 * reports, the others are granted ({@code employee_role}); the page should not say "no roles".
	 */
	private List<Item> roles(long id) {
		return people.find(nl.goedgesprek.people.EmployeeId.of(id))
			.map(person -> person.roles().stream().sorted()
				.map(role -> PersonalData.item().code("role", role).build())
				.toList())
			.orElse(List.of());
	}

	private List<Item> roleChanges(long id) {
		return jdbc.sql("""
				select c.role, c.granted, b.name as changed_by, c.changed_at
				from role_change c left join employee b on b.id = c.changed_by
				where c.employee_id = :id order by c.changed_at, c.id""")
			.param("id", id)
			.query((rs, n) -> PersonalData.item()
				.code("role", rs.getString("role"))
				.field("granted", rs.getBoolean("granted"))
				.field("changedBy", rs.getString("changed_by"))
				.field("changedAt", instant(rs.getTimestamp("changed_at")))
				.build())
			.list();
	}

	private List<Item> links(long id) {
		return jdbc.sql("""
				select purpose, created_at, expires_at, used_at, revoked_at from account_token
				where employee_id = :id order by created_at, id""")
			.param("id", id)
			.query((rs, n) -> PersonalData.item()
				.code("purpose", rs.getString("purpose"))
				.field("createdAt", instant(rs.getTimestamp("created_at")))
				.field("expiresAt", instant(rs.getTimestamp("expires_at")))
				.field("usedAt", instant(rs.getTimestamp("used_at")))
				.field("revokedAt", instant(rs.getTimestamp("revoked_at")))
				.build())
			.list();
	}

	private List<Item> invitations(long id) {
		return jdbc.sql("""
				select r.requested_at, b.name as requested_by, m.outcome, m.done_at
				from invitation_round_member m join invitation_round r on r.id = m.round_id
				left join employee b on b.id = r.requested_by
				where m.employee_id = :id order by r.requested_at, r.id""")
			.param("id", id)
			.query((rs, n) -> PersonalData.item()
				.field("requestedAt", instant(rs.getTimestamp("requested_at")))
				.field("requestedBy", rs.getString("requested_by"))
				.code("outcome", rs.getString("outcome"))
				.field("doneAt", instant(rs.getTimestamp("done_at")))
				.build())
			.list();
	}

	private List<Item> rounds(long id) {
		return jdbc.sql("""
				select r.requested_at, r.finished_at, (select count(*) from invitation_round_member m where m.round_id = r.id) as people
				from invitation_round r where r.requested_by = :id order by r.requested_at, r.id""")
			.param("id", id)
			.query((rs, n) -> PersonalData.item()
				.field("requestedAt", instant(rs.getTimestamp("requested_at")))
				.field("finishedAt", instant(rs.getTimestamp("finished_at")))
				.field("people", rs.getLong("people"))
				.build())
			.list();
	}

	private List<Item> tokens(long id) {
		return jdbc.sql("select name, created_at, last_used_at, revoked_at from scim_token where created_by = :id order by created_at, id")
			.param("id", id)
			.query((rs, n) -> PersonalData.item()
				.field("name", rs.getString("name"))
				.field("createdAt", instant(rs.getTimestamp("created_at")))
				.field("lastUsedAt", instant(rs.getTimestamp("last_used_at")))
				.field("revokedAt", instant(rs.getTimestamp("revoked_at")))
				.build())
			.list();
	}

}
