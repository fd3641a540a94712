package nl.goedgesprek.privacy.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A legal hold: whom (by address), why, and until which day. */
record LegalHoldForm(
		@NotBlank(message = "{hold.form.email.required}") @Size(max = 254, message = "{hold.form.email.required}") String email,
		@NotBlank(message = "{hold.form.reason.required}") @Size(max = 500, message = "{hold.form.reason.tooLong}") String reason,
		@NotNull(message = "{hold.form.until.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until) {

	static LegalHoldForm empty() {
		return new LegalHoldForm(null, null, null);
	}

}
