package nl.goedgesprek.people.internal;

import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.goedgesprek.people.TeamId;
import nl.goedgesprek.shared.Refusal;
import nl.goedgesprek.shared.EditClash;

/**
 * Adding, renaming and closing teams. A team with active members cannot be closed: move them first.
 */
@Service
@Transactional
public class TeamManagement {

	private final TeamRepository teams;

	private final EmployeeRepository employees;

	TeamManagement(TeamRepository teams, EmployeeRepository employees) {
		this.teams = teams;
		this.employees = employees;
	}

	public TeamId create(String name, String description) {
		checkNameFree(name, null);
		return teams.save(Team.named(name, description)).id();
	}

	public void update(TeamId id, Integer expectedVersion, String name, String description) {
		Team team = load(id);
		PeopleManagement.checkVersion(team.version(), expectedVersion);
		checkNameFree(name, id);
		team.rename(name, description);
		save(team);
	}

	public void deactivate(TeamId id, Integer expectedVersion) {
		Team team = load(id);
		PeopleManagement.checkVersion(team.version(), expectedVersion);
		int members = employees.countActiveMembers(id.value());
		if (members > 0) {
			throw Refusal.onField(null, "teams.error.stillHasMembers", members);
		}
		team.deactivate();
		save(team);
	}

	public void reactivate(TeamId id, Integer expectedVersion) {
		Team team = load(id);
		PeopleManagement.checkVersion(team.version(), expectedVersion);
		team.reactivate();
		save(team);
	}

	private void checkNameFree(String name, TeamId self) {
		Optional<Team> holder = teams.findByNameIgnoreCase(name.trim());
		if (holder.isPresent() && !holder.get().id().equals(self)) {
			throw Refusal.onField("name", "teams.error.nameTaken");
		}
	}

	private Team load(TeamId id) {
		return teams.findById(id.value()).orElseThrow(() -> new TeamNotFoundException(id));
	}

	private void save(Team team) {
		try {
			teams.save(team);
		}
		catch (OptimisticLockingFailureException e) {
			throw new EditClash();
		}
	}

}
