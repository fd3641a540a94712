package nl.goedgesprek.privacy.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The reason for an erasure (kept in the audit trail), and the person's name typed to confirm. */
record ErasureForm(
		@NotBlank(message = "{erasure.form.reason.required}") @Size(max = 500, message = "{erasure.form.reason.tooLong}") String reason,
		@NotBlank(message = "{erasure.confirmName.mismatch}") @Size(max = 200, message = "{erasure.confirmName.mismatch}") String confirmName) {

	static ErasureForm empty() {
		return new ErasureForm(null, null);
	}

}
