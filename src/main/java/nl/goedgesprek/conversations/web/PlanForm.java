package nl.goedgesprek.conversations.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.NotNull;
import nl.goedgesprek.cards.ConversationKind;

/** Planning a conversation: with whom, what kind, when, and with which card. */
record PlanForm(
		@NotNull(message = "{planning.form.partner.required}") Long partnerId,
		@NotNull(message = "{planning.form.kind.required}") ConversationKind kind,
		@NotNull(message = "{planning.form.date.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
		@NotNull(message = "{planning.form.time.required}") @DateTimeFormat(pattern = "HH:mm") LocalTime time,
		@NotNull(message = "{planning.form.card.required}") Long cardId) {

	LocalDateTime when() {
		return LocalDateTime.of(date, time);
	}

}
