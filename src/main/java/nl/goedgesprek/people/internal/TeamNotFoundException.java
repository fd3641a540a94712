package nl.goedgesprek.people.internal;

import nl.goedgesprek.people.TeamId;

public class TeamNotFoundException extends RuntimeException {

	public TeamNotFoundException(TeamId id) {
		super("No team " + id);
	}

}
