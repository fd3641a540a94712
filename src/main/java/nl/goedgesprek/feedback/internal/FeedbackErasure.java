package nl.goedgesprek.feedback.internal;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.goedgesprek.shared.ErasableData;
import nl.goedgesprek.shared.ErasureRows;

/**
 * Colleagues' input under retention and erasure. It follows the conversation it was asked for: an
 * erased asker's requests go with every answer to them (they are about the asker); an erased
 * colleague's answers go (their words). Requests withdrawn (also by a cancelled conversation) longer
 * ago than the term for unheld drafts go, unless an answer was moved into a preparation.
 */
@Component
@Order(15)
class FeedbackErasure implements ErasableData {

	private static final String WITHDRAWN_UNUSED = "withdrawn_at < :before and asker_id not in (:held) and not exists"
			+ " (select 1 from feedback_answer i where i.request_id = feedback_request.id and i.included = true)";

	private final JdbcClient jdbc;

	FeedbackErasure(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Set<String> tables() {
		return Set.of("feedback_request", "feedback_answer");
	}

	@Override
	public long pastTerm(Term term, Instant before, Set<Long> held, boolean erase) {
		if (term != Term.UNHELD_DRAFTS) {
			return 0;
		}
		ErasureRows rows = ErasureRows.pastTerm(jdbc, erase, before, held);
		return rows.delete("feedback_answer", "request_id in (select id from feedback_request where "
				+ WITHDRAWN_UNUSED + ")") + rows.delete("feedback_request", WITHDRAWN_UNUSED);
	}

	@Override
	public long person(Subject subject, boolean erase) {
		ErasureRows rows = ErasureRows.of(jdbc, erase, Map.of("p", subject.id()));
		return rows.delete("feedback_answer", "request_id in (select id from feedback_request where asker_id = :p)")
				+ rows.delete("feedback_request", "asker_id = :p") + rows.delete("feedback_answer", "colleague_id = :p");
	}

}
