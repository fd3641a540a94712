package nl.goedgesprek.conversations;

import java.util.List;

import nl.goedgesprek.shared.PersonalData;

/**
 * What another module keeps about one agreement, for the person's data export: follow-up's progress
 * notes and "hielp het?" answers. The export of the agreements asks every such bean, so the agreement
 * and what became of it stay together in one place without conversations reading the other's tables.
 */
public interface AgreementParts {

	/** The parts kept about this agreement, each a child section of it in the export, in this order. */
	List<PersonalData.Section> of(long agreementId);

}
