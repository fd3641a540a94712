package nl.goedgesprek.conversations.internal;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.goedgesprek.shared.ErasableData;
import nl.goedgesprek.shared.ErasureRows;

/**
 * What the conversations module removes for retention and erasure. Words go with their author: a
 * person's preparations, zienswijze, amendments and cancel reasons (follow-up removes their progress
 * notes and pulse). What the two
 * wrote together (joint notes, agreements) is about the employee: it goes when the employee is erased
 * and stays, for the employee, when only the manager is. The other participant's own words always stay.
 * The conversation and agreement rows themselves stay as a skeleton (ids, dates, status), because the
 * insights figures and the other participant's record are built on them; they name the erased person by
 * id only, and that id now points to an anonymised person.
 */
@Component
@Order(20)
class ConversationErasure implements ErasableData {

	private static final String OWN_PREPARATIONS = "preparation in (select id from preparation where author_id = :p)";

	private static final String AS_EMPLOYEE = "conversation_id in (select id from conversation where employee_id = :p)";

	/** Preparations never shared, of conversations cancelled or never held, older than the term. */
	private static final String UNHELD_DRAFT = "shared_at is null and author_id not in (:held) and conversation_id in"
			+ " (select id from conversation where scheduled_at < :before"
			+ " and (status = 'CANCELLED' or status = 'PLANNED' or status = 'PREPARING'))";

	private final JdbcClient jdbc;

	ConversationErasure(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Set<String> tables() {
		return Set.of("conversation", "preparation", "answer", "talking_point", "note", "agreement", "employee_view",
				"amendment", "record_share");
	}

	@Override
	public Map<String, String> keptTables() {
		return Map.of("acknowledgement", "which side signed the record when (voor gezien, voor akkoord): no words and no person"
						+ " column; part of the other participant's record");
	}

	@Override
	public long pastTerm(Term term, Instant before, Set<Long> held, boolean erase) {
		if (term != Term.UNHELD_DRAFTS) {
			return 0;
		}
		ErasureRows rows = ErasureRows.pastTerm(jdbc, erase, before, held);
		String drafts = "preparation in (select id from preparation where " + UNHELD_DRAFT + ")";
		return rows.delete("answer", drafts) + rows.delete("talking_point", drafts)
				+ rows.delete("preparation", UNHELD_DRAFT);
	}

	@Override
	public long person(Subject subject, boolean erase) {
		ErasureRows rows = ErasureRows.of(jdbc, erase, Map.of("p", subject.id()));
		long n = rows.delete("answer", OWN_PREPARATIONS) + rows.delete("talking_point", OWN_PREPARATIONS)
				+ rows.delete("preparation", "author_id = :p");
		n += rows.delete("note", AS_EMPLOYEE);
		n += rows.update("agreement", "description = '', status_reason = null",
				"employee_id = :p and (description <> '' or status_reason is not null)");
		n += rows.delete("employee_view", "author_id = :p") + rows.delete("amendment", "author_id = :p");
		n += rows.update("conversation", "cancel_reason = null", "cancelled_by = :p and cancel_reason is not null");
		n += rows.delete("record_share", "manager_id = :p or " + AS_EMPLOYEE);
		return n;
	}

}
