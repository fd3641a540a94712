package nl.goedgesprek.development.internal;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/**
 * A competency in the organisation's catalogue. An aggregate of its own: HR members may edit one at the
 * same time, and {@link Version} turns the later save into an edit clash.
 */
public class Competency {

	@Id
	private Long id;

	@Version
	private Integer version;

	private String name;

	private String description;

	private String groupName;

	private boolean active;

	@PersistenceCreator
	Competency(Long id, Integer version, String name, String description, String groupName, boolean active) {
		this.id = id;
		this.version = version;
		this.name = name;
		this.description = description;
		this.groupName = groupName;
		this.active = active;
	}

	/** A new, active competency in the catalogue. */
	static Competency add(String name, String description, String group) {
		return new Competency(null, null, name, description, group, true);
	}

	void revise(String name, String description, String group, boolean active) {
		this.name = name;
		this.description = description;
		this.groupName = group;
		this.active = active;
	}

	public long id() {
		return id;
	}

	public int version() {
		return version;
	}

	public String name() {
		return name;
	}

	public String description() {
		return description;
	}

	public String group() {
		return groupName;
	}

	public boolean active() {
		return active;
	}

}
