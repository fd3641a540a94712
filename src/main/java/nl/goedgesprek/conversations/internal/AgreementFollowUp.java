package nl.goedgesprek.conversations.internal;

import java.time.Clock;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.goedgesprek.conversations.AgreementProgressed;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.shared.Refusal;
import nl.goedgesprek.shared.EditClash;
import nl.goedgesprek.shared.TextLimits;

/**
 * Agreements after the conversation: their owner reports progress at any time, and the other
 * participant hears about it. Only the two participants see an agreement; only its owner changes it.
 */
@Service
@Transactional
public class AgreementFollowUp {

	private final AgreementRepository agreements;

	private final Participation participation;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final JdbcClient jdbc;

	private final TextLimits limits;

	AgreementFollowUp(AgreementRepository agreements, Participation participation, Clock clock,
			ApplicationEventPublisher events, JdbcClient jdbc, TextLimits limits) {
		this.limits = limits;
		this.jdbc = jdbc;
		this.agreements = agreements;
		this.participation = participation;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * The agreements of every conversation the person took part in, newest first, all of them as
	 * aggregates: for the code that changes one. The page reads them through {@link AgreementPages}.
	 */
	@Transactional(readOnly = true)
	public List<Agreement> of(EmployeeId person) {
		return agreements.findByEmployeeIdOrManagerIdOrderByIdDesc(person, person);
	}

	/**
	 * @throws ConversationNotFoundException for anyone but the two participants
	 * @throws Refusal when the actor does not own it, or the report is incomplete
	 */
	public void report(EmployeeId actor, long agreementId, Integer expectedVersion, Agreement.Status status, String note) {
		Agreement agreement = agreements.findById(agreementId).orElseThrow(() -> new ConversationNotFoundException(agreementId));
		participation.load(actor, agreement.conversationId());
		Conversation.require(actor.equals(agreement.ownerId()), "agreement.error.notOwner");
		if (expectedVersion != null && !expectedVersion.equals(agreement.version())) {
			throw new EditClash();
		}
		limits.require("progress_note.text", "note", note == null ? null : note.strip());
		agreement.report(status, note, actor, clock.instant());
		try {
			agreements.save(agreement);
		}
		catch (OptimisticLockingFailureException e) {
			throw new EditClash();
		}
		events.publishEvent(new AgreementProgressed(agreementId, agreement.conversationId(), actor,
				agreement.otherThanOwner(), status.name(), agreement.progress().get(agreement.progress().size() - 1).text(),
				agreement.progress().size(), agreement.employeeId()));
	}

}
