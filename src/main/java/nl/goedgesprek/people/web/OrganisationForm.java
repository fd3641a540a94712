package nl.goedgesprek.people.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import nl.goedgesprek.people.OrganisationRhythm;
import nl.goedgesprek.people.internal.Organisation;

record OrganisationForm(
		@NotBlank(message = "{organisation.form.name.required}") @Size(max = 200, message = "{organisation.form.name.tooLong}") String name,
		@PastOrPresent(message = "{organisation.form.consent.future}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate worksCouncilConsentDate,
		@NotNull(message = "{organisation.form.checkInWeeks.invalid}") @Min(value = 1, message = "{organisation.form.checkInWeeks.invalid}") @Max(value = 26, message = "{organisation.form.checkInWeeks.invalid}") Integer checkInWeeks,
		@NotNull(message = "{organisation.form.annualMonths.invalid}") @Min(value = 6, message = "{organisation.form.annualMonths.invalid}") @Max(value = 24, message = "{organisation.form.annualMonths.invalid}") Integer annualMonths,
		@NotNull(message = "{organisation.form.themeMonths.invalid}") @Min(value = 1, message = "{organisation.form.themeMonths.invalid}") @Max(value = 24, message = "{organisation.form.themeMonths.invalid}") Integer themeMonths,
		Integer version) {

	static OrganisationForm of(Organisation organisation) {
		return new OrganisationForm(organisation.name(), organisation.worksCouncilConsentDate(),
				organisation.rhythm().checkInWeeks(), organisation.rhythm().annualMonths(),
				organisation.rhythm().themeMonths(), organisation.version());
	}

	OrganisationRhythm rhythm() {
		return new OrganisationRhythm(checkInWeeks, annualMonths, themeMonths);
	}

}
