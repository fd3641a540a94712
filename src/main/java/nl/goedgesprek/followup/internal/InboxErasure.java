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
 * The inbox under retention and erasure: messages older than the term go; an erased person's own
 * messages go, and in other people's messages about something they did, their note (their words) goes
 * while the message stays, under the anonymised name. Messages about their requests for input or their
 * answers go, like the requests and answers themselves.
 */
@Component
@Order(10)
class InboxErasure implements ErasableData {

	private final JdbcClient jdbc;

	InboxErasure(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Set<String> tables() {
		return Set.of("notification");
	}

	@Override
	public long pastTerm(Term term, Instant before, Set<Long> held, boolean erase) {
		if (term != Term.INBOX) {
			return 0;
		}
		return ErasureRows.pastTerm(jdbc, erase, before, held)
			.delete("notification", "created_at < :before and recipient_id not in (:held)");
	}

	@Override
	public long person(Subject subject, boolean erase) {
		ErasureRows rows = ErasureRows.of(jdbc, erase, Map.of("p", subject.id()));
		// A request for input or an answer by the erased person goes with them (feedback erases both), and so do
		// the messages about it, which would only lead to a page that no longer exists.
		return rows.delete("notification", "recipient_id = :p")
				+ rows.delete("notification", "actor_id = :p and kind in ('FEEDBACK_REQUESTED', 'FEEDBACK_ANSWERED')")
				+ rows.update("notification", "note = null", "actor_id = :p and note is not null");
	}

}
