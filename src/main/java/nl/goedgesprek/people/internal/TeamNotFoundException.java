package nl.goedgesprek.people.internal;

import nl.goedgesprek.people.TeamId;

@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
public class TeamNotFoundException extends RuntimeException {

	public TeamNotFoundException(TeamId id) {
		super("No team " + id);
	}

}
