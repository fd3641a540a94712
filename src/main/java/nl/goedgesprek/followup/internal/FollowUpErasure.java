package nl.goedgesprek.followup.internal;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.goedgesprek.shared.ErasableData;
import nl.goedgesprek.shared.ErasureRows;

/**
 * Follow-up under erasure (the inbox has its own, {@link InboxErasure}). Words go with their author: the
 * erased person's progress notes lose their text, and so do all notes on the employee's agreements, whose
 * descriptions conversations empties; the erased person's pulse goes. The check-in rhythms they chose with a manager or a report go, and
 * so does their row in the rhythm read model. None of these has a retention term of its own.
 */
@Component
@Order(20)
class FollowUpErasure implements ErasableData {

	private final JdbcClient jdbc;

	FollowUpErasure(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Set<String> tables() {
		return Set.of("progress_note", "pulse", "pair_rhythm", "rhythm_fact");
	}

	@Override
	public Map<String, String> keptTables() {
		return Map.of("agreement_review", "whether an agreement helped, per side: no words and no person column");
	}

	@Override
	public long pastTerm(Term term, Instant before, Set<Long> held, boolean erase) {
		return 0;
	}

	@Override
	public long person(Subject subject, boolean erase) {
		ErasureRows rows = ErasureRows.of(jdbc, erase, Map.of("p", subject.id()));
		return rows.update("progress_note", "text = null", "text is not null and (written_by = :p"
				+ " or agreement in (select id from conversations_agreement_v where employee_id = :p))")
				+ rows.delete("pulse", "(side = 'EMPLOYEE' and conversation in (select id from conversations_conversation_v where employee_id = :p))"
						+ " or (side = 'MANAGER' and conversation in (select id from conversations_conversation_v where manager_id = :p))")
				+ rows.delete("pair_rhythm", "employee_id = :p or manager_id = :p") + rows.delete("rhythm_fact", "employee_id = :p");
	}

}
