package nl.goedgesprek.people.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import java.util.Set;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.goedgesprek.shared.ErasableData;
import nl.goedgesprek.shared.ErasureRows;

/**
 * The person's own record goes last. The row itself stays, because conversations, agreements and the
 * audit trail refer to it by id and the other participant's record must still show "who": it becomes
 * an anonymised row ("Verwijderde medewerker", an address that cannot receive mail, no password, no
 * roles, no team, no manager, inactive, {@code erased_at} set), so nobody can sign in as it, by
 * password, by a mail link or through single sign-on. Their links to set a password and their places
 * in invitation rounds go.
 */
@Component
@Order(100)
class PeopleErasure implements ErasableData {

	/** The name an erased person is stored under; pages show {@code person.erased} in the reader's language. */
	static final String ERASED_NAME = "Verwijderde medewerker";

	private final JdbcClient jdbc;

	private final Clock clock;

	PeopleErasure(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public Set<String> tables() {
		return Set.of("employee", "employee_role", "account_token", "invitation_round_member");
	}

	@Override
	public Map<String, String> keptTables() {
		return Map.of("role_change", "who gave or took which role, kept for good for accountability; ids only",
				"invitation_round", "who sent a round of invitations: the id of the HR person, for accountability",
				"scim_token", "which administrator made a provisioning key: their id, for accountability");
	}

	@Override
	public long person(Subject subject, boolean erase) {
		ErasureRows rows = ErasureRows.of(jdbc, erase, Map.of("p", subject.id(), "name", ERASED_NAME,
				"email", "verwijderd-" + subject.id() + "@verwijderd.invalid", "now", Timestamp.from(clock.instant())));
		return rows.delete("employee_role", "employee = :p") + rows.delete("account_token", "employee_id = :p")
				+ rows.delete("invitation_round_member", "employee_id = :p")
				+ rows.update("employee", """
						name = :name, email = :email, job_title = null, team_id = null, manager_id = null,
						employment_start = null, employment_end = null, active = false, password_hash = null,
						language = null, scim_external_id = null, scim_user_name = null, erased_at = :now,
						version = version + 1""", "id = :p and erased_at is null");
	}

}
