package nl.goedgesprek.cards.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.goedgesprek.cards.ConversationKind;

record CardForm(
		@NotBlank(message = "{cards.form.name.required}") @Size(max = 120, message = "{cards.form.name.tooLong}") String name,
		@Size(max = 500, message = "{cards.form.description.tooLong}") String description,
		@NotNull(message = "{cards.form.kind.required}") ConversationKind suggestedFor,
		Integer version) {
}
