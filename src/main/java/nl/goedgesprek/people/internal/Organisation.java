package nl.goedgesprek.people.internal;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

import nl.goedgesprek.people.OrganisationRhythm;

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

	private Integer checkInWeeks;

	private Integer annualMonths;

	private Integer themeMonths;

	@PersistenceCreator
	Organisation(Long id, Integer version, String name, LocalDate worksCouncilConsentDate, Integer checkInWeeks,
			Integer annualMonths, Integer themeMonths) {
		this.id = id;
		this.version = version;
		this.name = name;
		this.worksCouncilConsentDate = worksCouncilConsentDate;
		this.checkInWeeks = checkInWeeks;
		this.annualMonths = annualMonths;
		this.themeMonths = themeMonths;
	}

	public static Organisation named(String name) {
		return new Organisation(null, null, name.trim(), null, OrganisationRhythm.DEFAULT.checkInWeeks(),
				OrganisationRhythm.DEFAULT.annualMonths(), OrganisationRhythm.DEFAULT.themeMonths());
	}

	public void update(String name, LocalDate worksCouncilConsentDate, OrganisationRhythm rhythm) {
		this.name = name.trim();
		this.worksCouncilConsentDate = worksCouncilConsentDate;
		this.checkInWeeks = rhythm.checkInWeeks();
		this.annualMonths = rhythm.annualMonths();
		this.themeMonths = rhythm.themeMonths();
	}

	/** The organisation's default rhythm; an installation from before the setting existed gets the default. */
	public OrganisationRhythm rhythm() {
		return checkInWeeks == null || annualMonths == null || themeMonths == null ? OrganisationRhythm.DEFAULT
				: new OrganisationRhythm(checkInWeeks, annualMonths, themeMonths);
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
