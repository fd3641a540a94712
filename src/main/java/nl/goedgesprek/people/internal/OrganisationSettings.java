package nl.goedgesprek.people.internal;

import java.time.LocalDate;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.goedgesprek.people.OrganisationRhythm;
import nl.goedgesprek.shared.EditClash;

/** The organisation's own settings, kept by administrators. */
@Service
@Transactional
public class OrganisationSettings {

	private final OrganisationRepository organisations;

	OrganisationSettings(OrganisationRepository organisations) {
		this.organisations = organisations;
	}

	@Transactional(readOnly = true)
	public Organisation current() {
		return organisations.findTheOrganisation().orElseThrow(() -> new IllegalStateException("No organisation"));
	}

	public void update(Integer expectedVersion, String name, LocalDate worksCouncilConsentDate,
			OrganisationRhythm rhythm) {
		Organisation organisation = current();
		PeopleManagement.checkVersion(organisation.version(), expectedVersion);
		organisation.update(name, worksCouncilConsentDate, rhythm);
		try {
			organisations.save(organisation);
		}
		catch (OptimisticLockingFailureException e) {
			throw new EditClash();
		}
	}

}
