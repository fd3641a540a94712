package nl.goedgesprek.followup.internal;

import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import nl.goedgesprek.conversations.AgreementFacts;
import nl.goedgesprek.conversations.AgreementProgressed;
import nl.goedgesprek.conversations.AgreementStatus;
import nl.goedgesprek.conversations.Conversations;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.shared.EditClash;
import nl.goedgesprek.shared.Refusal;
import nl.goedgesprek.shared.TextLimits;

/**
 * Agreements after the conversation: their owner reports progress at any time, and the other
 * participant hears about it. Only the two participants see an agreement; only its owner changes it
 * (conversations checks both, and changes its status).
 */
@Service
@Transactional
public class AgreementFollowUp {

	private final Conversations conversations;

	private final ProgressNotes notes;

	private final AgreementPages pages;

	private final ApplicationEventPublisher events;

	private final TextLimits limits;

	AgreementFollowUp(Conversations conversations, ProgressNotes notes, AgreementPages pages,
			ApplicationEventPublisher events, TextLimits limits) {
		this.conversations = conversations;
		this.notes = notes;
		this.pages = pages;
		this.events = events;
		this.limits = limits;
	}

	/** The agreements of every conversation the person took part in, newest first, with their progress. */
	@Transactional(readOnly = true)
	public List<FollowedAgreement> of(EmployeeId person) {
		return pages.everyOf(person);
	}

	/**
	 * @param expectedVersion the version the owner saw; {@code null} for none to check
	 * @throws ResponseStatusException (not found) for anyone but the two participants
	 * @throws Refusal when the actor does not own it, or the report is incomplete
	 * @throws EditClash when it changed since the version the owner saw
	 */
	public void report(EmployeeId actor, long agreementId, Integer expectedVersion, AgreementStatus status, String note) {
		// "not found" for anyone but the two participants comes before anything about the note
		conversations.agreementOf(actor, agreementId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		limits.require("progress_note.text", "note", note == null ? null : note.strip());
		AgreementFacts agreement = conversations.reportOnAgreement(actor, agreementId, expectedVersion, status, note);
		String text = note == null || note.isBlank() ? null : note.strip();
		EmployeeId other = actor.equals(agreement.employee()) ? agreement.manager() : agreement.employee();
		events.publishEvent(new AgreementProgressed(agreementId, agreement.conversation(), actor, other, status.name(),
				text, notes.steps(agreementId), agreement.employee()));
	}

}
