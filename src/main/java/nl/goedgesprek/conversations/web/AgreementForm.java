package nl.goedgesprek.conversations.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.goedgesprek.conversations.Side;

/** An agreement as made during the conversation: what, who, when, about which theme. */
record AgreementForm(
		@NotBlank(message = "{agreement.form.description.required}") @Size(max = 1000, message = "{agreement.form.description.tooLong}") String description,
		@NotNull(message = "{agreement.form.owner.required}") Side owner,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate,
		String themeKey) {

	static AgreementForm empty() {
		return new AgreementForm("", null, null, "");
	}

}
