package nl.goedgesprek.conversations.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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

	/** The agreements of every conversation the person took part in, newest first. */
	@Transactional(readOnly = true)
	public List<Agreement> of(EmployeeId person) {
		return agreements.findByEmployeeIdOrManagerIdOrderByIdDesc(person, person);
	}

	/**
	 * The open agreements of a manager's reports that were made with an earlier manager, soonest due
	 * first. PRIVACY.md: after a move the new manager sees the open agreements (not the old records);
	 * they follow them, the employee and the earlier manager still report on them.
	 */
	@Transactional(readOnly = true)
	public List<Agreement> inheritedBy(EmployeeId manager) {
		List<Long> ids = jdbc.sql("""
				select a.id from agreement a join employee e on e.id = a.employee_id
				where e.manager_id = :manager and e.active = true and a.manager_id <> :manager
				  and a.status in ('OPEN', 'IN_PROGRESS')""")
			.param("manager", manager.value())
			.query(Long.class)
			.list();
		List<Agreement> inherited = new ArrayList<>();
		agreements.findAllById(ids).forEach(inherited::add);
		inherited.sort(Comparator.comparing(Agreement::dueDate, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
			.thenComparing(Agreement::rawId));
		return inherited;
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
