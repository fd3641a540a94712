package nl.goedgesprek.people.internal;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/**
 * The organisation this installation serves. There is one. It records when the works council
 * consented to the conversation system (art. 27 WOR).
 */
public class Organisation {

	@Id
	private Long id;

	@Version
	private Integer version;

	private String name;

	private LocalDate worksCouncilConsentDate;

	@PersistenceCreator
	Organisation(Long id, Integer version, String name, LocalDate worksCouncilConsentDate) {
		this.id = id;
		this.version = version;
		this.name = name;
		this.worksCouncilConsentDate = worksCouncilConsentDate;
	}

	public static Organisation named(String name) {
		return new Organisation(null, null, name.trim(), null);
	}

	public void update(String name, LocalDate worksCouncilConsentDate) {
		this.name = name.trim();
		this.worksCouncilConsentDate = worksCouncilConsentDate;
	}


	public Integer version() {
		return version;
	}

	public String name() {
		return name;
	}

	public LocalDate worksCouncilConsentDate() {
		return worksCouncilConsentDate;
	}

}
