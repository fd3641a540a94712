package nl.goedgesprek.people.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.goedgesprek.people.internal.Team;

record TeamForm(
		@NotBlank(message = "{teams.form.name.required}") @Size(max = 120, message = "{teams.form.name.tooLong}") String name,
		@Size(max = 500, message = "{teams.form.description.tooLong}") String description,
		Integer version) {

	static TeamForm empty() {
		return new TeamForm("", "", null);
	}

	static TeamForm of(Team team) {
		return new TeamForm(team.name(), team.description(), team.version());
	}

}
