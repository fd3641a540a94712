package nl.goedgesprek.conversations.internal;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.goedgesprek.conversations.AgreementFacts;
import nl.goedgesprek.conversations.AgreementReported;
import nl.goedgesprek.conversations.AgreementStatus;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.shared.EditClash;
import nl.goedgesprek.shared.Refusal;

/**
 * An agreement's owner reports where it stands: the agreement's status changes here; follow-up keeps
 * the note and tells the other participant. Only the two participants see an agreement; only its owner
 * changes it.
 */
@Service
@Transactional
public class AgreementReports {

	private final AgreementRepository agreements;

	private final Participation participation;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	AgreementReports(AgreementRepository agreements, Participation participation, Clock clock,
			ApplicationEventPublisher events) {
		this.agreements = agreements;
		this.participation = participation;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * @throws ConversationNotFoundException for anyone but the two participants
	 * @throws Refusal when the actor does not own it, or the report is incomplete
	 * @throws EditClash when the agreement changed since {@code expectedVersion}
	 */
	public AgreementFacts report(EmployeeId actor, long agreementId, Integer expectedVersion, AgreementStatus status,
			String note) {
		Agreement agreement = agreements.findById(agreementId).orElseThrow(() -> new ConversationNotFoundException(agreementId));
		participation.load(actor, agreement.conversationId());
		Conversation.require(actor.equals(agreement.ownerId()), "agreement.error.notOwner");
		if (expectedVersion != null && !expectedVersion.equals(agreement.version())) {
			throw new EditClash();
		}
		String text = agreement.report(status, note, clock.instant());
		try {
			agreements.save(agreement);
		}
		catch (OptimisticLockingFailureException e) {
			throw new EditClash();
		}
		events.publishEvent(new AgreementReported(agreementId, status, text, actor, agreement.updatedAt()));
		return new AgreementFacts(agreementId, agreement.conversationId(), agreement.employeeId(), agreement.managerId(),
				agreement.description(), agreement.dueDate());
	}

}
