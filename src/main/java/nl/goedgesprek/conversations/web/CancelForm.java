package nl.goedgesprek.conversations.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record CancelForm(
		@NotBlank(message = "{conversation.cancel.reason.required}") @Size(max = 1000, message = "{conversation.cancel.reason.tooLong}") String reason,
		Integer version) {
}
