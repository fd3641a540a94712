package nl.goedgesprek.people.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import nl.goedgesprek.people.internal.Organisation;

record OrganisationForm(
		@NotBlank(message = "{organisation.form.name.required}") @Size(max = 200, message = "{organisation.form.name.tooLong}") String name,
		@PastOrPresent(message = "{organisation.form.consent.future}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate worksCouncilConsentDate,
		Integer version) {

	static OrganisationForm of(Organisation organisation) {
		return new OrganisationForm(organisation.name(), organisation.worksCouncilConsentDate(), organisation.version());
	}

}
