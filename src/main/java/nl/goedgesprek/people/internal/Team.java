package nl.goedgesprek.people.internal;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

import nl.goedgesprek.people.TeamId;

/** A team people belong to. Deactivated teams stay for history but take no new members. */
public class Team {

	@Id
	private Long id;

	@Version
	private Integer version;

	private String name;

	private String description;

	private boolean active;

	@PersistenceCreator
	Team(Long id, Integer version, String name, String description, boolean active) {
		this.id = id;
		this.version = version;
		this.name = name;
		this.description = description;
		this.active = active;
	}

	public static Team named(String name, String description) {
		return new Team(null, null, name.trim(), blankToNull(description), true);
	}

	public void rename(String name, String description) {
		this.name = name.trim();
		this.description = blankToNull(description);
	}

	public void deactivate() {
		this.active = false;
	}

	public void reactivate() {
		this.active = true;
	}


	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	public TeamId id() {
		return TeamId.of(id);
	}

	public Integer version() {
		return version;
	}

	public String name() {
		return name;
	}

	public String description() {
		return description;
	}

	public boolean active() {
		return active;
	}

}
