package nl.goedgesprek.conversations.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.NotNull;

record RescheduleForm(
		@NotNull(message = "{planning.form.date.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
		@NotNull(message = "{planning.form.time.required}") @DateTimeFormat(pattern = "HH:mm") LocalTime time,
		Integer version) {

	LocalDateTime when() {
		return LocalDateTime.of(date, time);
	}

}
