package nl.goedgesprek.conversations;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

import nl.goedgesprek.conversations.internal.ConversationQueries;
import nl.goedgesprek.people.EmployeeId;

/** What other modules ask of conversations: which ones a person takes part in, as process data. */
@Service
public class Conversations {

	private final ConversationQueries queries;

	private final nl.goedgesprek.conversations.internal.PairHistories histories;

	private final nl.goedgesprek.people.PeopleAccess access;

	private final nl.goedgesprek.conversations.internal.FinishedAgreements finished;

	private final nl.goedgesprek.conversations.internal.AgreementReports reports;

	/** Follow-up's, when it is there (a module test of conversations alone runs without it). */
	private final org.springframework.beans.factory.ObjectProvider<RhythmReadings> rhythms;

	Conversations(ConversationQueries queries, nl.goedgesprek.conversations.internal.PairHistories histories,
			nl.goedgesprek.people.PeopleAccess access, org.springframework.beans.factory.ObjectProvider<RhythmReadings> rhythms,
			nl.goedgesprek.conversations.internal.FinishedAgreements finished,
			nl.goedgesprek.conversations.internal.AgreementReports reports) {
		this.finished = finished;
		this.reports = reports;
		this.rhythms = rhythms;
		this.queries = queries;
		this.histories = histories;
		this.access = access;
	}

	/**
	 * What this employee and this manager did together between these dates (inclusive). Content: callers
	 * show it only to the two of them.
	 */
	public PairHistory historyOf(EmployeeId employee, EmployeeId manager, LocalDate from, LocalDate until) {
		return histories.of(employee, manager, from, until);
	}

	/**
	 * Dates and counts of these employees' conversations and agreements, for overviews, with the rhythm
	 * each chose with their manager now. The dates behind (last held, last annual) and the pair's
	 * rhythm come from follow-up's rhythm read model ({@link RhythmReadings}), kept in the transaction of
	 * every change: computing them from every conversation took 21 ms of the team page of a manager
	 * of 384. What lies ahead (the next conversation, the open agreements) is read here. Without
	 * follow-up (a module test of conversations alone) everything is read from the conversations.
	 */
	public Map<EmployeeId, RhythmFacts> rhythmFacts(Collection<EmployeeId> employees,
			LocalDateTime now) {
		Map<EmployeeId, EmployeeId> managers = new java.util.HashMap<>();
		RhythmReadings readings = rhythms.getIfAvailable();
		if (readings == null) {
			return queries.rhythmFacts(employees, now, managers);
		}
		Map<EmployeeId, RhythmFacts> ahead = queries.aheadOf(employees, now, managers);
		Map<EmployeeId, RhythmFacts> behind = readings.overdueFacts(managers, now);
		Map<EmployeeId, RhythmFacts> facts = new java.util.HashMap<>();
		ahead.forEach((id, next) -> {
			RhythmFacts kept = behind.get(id);
			facts.put(id, kept == null ? next
					: new RhythmFacts(id, kept.lastHeld(), next.nextPlanned(), next.openAgreements(),
							next.overdueAgreements(), kept.pairCheckInWeeks(), kept.lastAnnual(), kept.annualPlanned()));
		});
		return facts;
	}

	/** The person's conversations from a moment on, cancelled ones left out: their calendar. */
	public List<ConversationSummary> calendarOf(EmployeeId person, LocalDateTime from) {
		return queries.calendarOf(person, from);
	}

	/** Planned conversations in a window, with who has shared their preparation: for reminders. */
	public List<ConversationSummary> comingUp(LocalDateTime from, LocalDateTime until) {
		return queries.comingUp(from, until);
	}

	/** Participants who still have to acknowledge a record closed before this moment. */
	public List<RecordAwaiting> recordsAwaiting(Instant closedBefore) {
		return queries.recordsAwaiting(closedBefore);
	}

	/** Unfinished agreements due between these dates, inclusive. */
	public List<AgreementDue> agreementsDue(LocalDate from, LocalDate until) {
		return queries.agreementsDue(from, until);
	}

	/**
	 * One conversation as process data, for one of its two participants only (the need-to-know rule
	 * for its content); empty for anyone else, as if it did not exist.
	 */
	public Optional<ConversationSummary> forParticipant(EmployeeId viewer, ConversationId id) {
		return queries.find(id)
			.filter(c -> access.maySeeConversationContent(viewer, c.employeeId(), c.managerId()));
	}

	/**
	 * The employee's agreements finished before this conversation, from the records its pair may read
	 * together (PRIVACY.md): what "hielp het?" looks back on. Content: only for the two of them.
	 */
	public List<FinishedAgreement> finishedBefore(ConversationSummary conversation) {
		return finished.before(conversation);
	}

	/** One conversation as process data, for whoever may know it exists. */
	public Optional<ConversationSummary> summary(ConversationId id) {
		return queries.find(id);
	}

	/** An agreement, for one of its two participants only; empty for anyone else. */
	public Optional<AgreementFacts> agreementOf(EmployeeId viewer, long agreementId) {
		return queries.agreement(agreementId)
			.filter(agreement -> access.maySeeConversationContent(viewer, agreement.employee(), agreement.manager()));
	}

	/**
	 * The agreement's owner reports where it stands: its new status, with a short note (a reason for
	 * "niet gelukt" and "vervallen"). Publishes {@link AgreementReported} in the same transaction.
	 * @param expectedVersion the version the owner saw; {@code null} for none to check
	 * @return the agreement, for telling the other participant
	 * @throws nl.goedgesprek.shared.Refusal when the actor does not own it, or the report is incomplete
	 * @throws nl.goedgesprek.shared.EditClash when it changed since the version the owner saw
	 */
	public AgreementFacts reportOnAgreement(EmployeeId actor, long agreementId, Integer expectedVersion,
			AgreementStatus status, String note) {
		return reports.report(actor, agreementId, expectedVersion, status, note);
	}

	/** Whether this participant has signed the record "voor gezien": their "sign it" message is done. */
	public boolean recordSeenBy(ConversationId conversation, EmployeeId person) {
		return queries.seenBy(conversation, person);
	}

	/** When the employee's last conversation before this moment was held, if ever. */
	public Optional<LocalDateTime> lastHeldBefore(EmployeeId employee, LocalDateTime moment) {
		return queries.lastHeldBefore(employee, moment);
	}

	/** Everyone this employee held a conversation with as their manager, the latest first. */
	public List<EmployeeId> managersOf(EmployeeId employee) {
		return queries.managersOf(employee);
	}

	/** The person's own conversations, latest first: for their home page. */
	public List<ConversationSummary> of(EmployeeId person) {
		return queries.ofParticipant(person, 12);
	}

	/** The praatkaart version a conversation was planned with: its themes and questions. */
	public Optional<nl.goedgesprek.cards.CardVersionId> cardVersionOf(ConversationId id) {
		return queries.cardVersionOf(id);
	}

	/**
	 * Whether the viewer may read what {@code author} prepared for this conversation: the author
	 * always; the other participant only under "eerst zelf, dan samen" ({@code SharingRule}); anyone
	 * else never. For modules that add to a participant's preparation (colleagues' input).
	 */
	public boolean mayReadPreparationOf(EmployeeId viewer, ConversationId id, EmployeeId author) {
		return queries.find(id)
			.filter(c -> access.maySeeConversationContent(viewer, c.employeeId(), c.managerId()))
			.filter(c -> author.equals(c.employeeId()) || author.equals(c.managerId()))
			.map(c -> viewer.equals(author) || nl.goedgesprek.conversations.internal.SharingRule
				.maySeeOthersPreparation(c.shared(c.sideOf(author)), c.shared(c.sideOf(viewer)), c.status()))
			.orElse(false);
	}

}
