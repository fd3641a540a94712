package nl.goedgesprek.insights.internal;

import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.people.TeamId;

/**
 * Whose conversations a figure is about: the whole organisation, one team, or one manager's reports.
 * Always the active employees who have a manager, as they are now.
 */
public record Scope(TeamId team, EmployeeId manager) {

	public static Scope organisation() {
		return new Scope(null, null);
	}

	public static Scope team(TeamId team) {
		return new Scope(team, null);
	}

	public static Scope reportsOf(EmployeeId manager) {
		return new Scope(null, manager);
	}

	public boolean isOrganisation() {
		return team == null && manager == null;
	}

	/** Which monthly totals hold this scope. */
	ScopeKind kind() {
		return team != null ? ScopeKind.TEAM : manager != null ? ScopeKind.MANAGER : ScopeKind.ORGANISATION;
	}

	long id() {
		return kind().idOf(team == null ? null : team.value(), manager == null ? 0 : manager.value());
	}

	/** SQL on the employee table aliased {@code e}, with its parameters named {@code :scopeTeam}/{@code :scopeManager}. */
	String where() {
		String people = "e.active = true and e.manager_id is not null";
		if (team != null) {
			return people + " and e.team_id = :scopeTeam";
		}
		return manager == null ? people : people + " and e.manager_id = :scopeManager";
	}

	/** SQL on the insights read model aliased {@code i}: the team or manager at the time of the conversation. */
	String factsWhere() {
		if (team != null) {
			return "i.team_id = :scopeTeam";
		}
		return manager == null ? "1 = 1" : "i.manager_id = :scopeManager";
	}

	org.springframework.jdbc.core.simple.JdbcClient.StatementSpec bind(
			org.springframework.jdbc.core.simple.JdbcClient.StatementSpec spec) {
		if (team != null) {
			spec = spec.param("scopeTeam", team.value());
		}
		if (manager != null) {
			spec = spec.param("scopeManager", manager.value());
		}
		return spec.param("kind", kind().code).param("scopeId", id());
	}

}
