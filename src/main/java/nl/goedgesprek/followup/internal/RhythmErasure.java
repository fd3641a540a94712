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
 * The rhythm under erasure: the check-in rhythms an erased person chose with a manager or a report go,
 * and so does their row in the rhythm read model. Neither has a retention term of its own.
 */
@Component
@Order(20)
class RhythmErasure implements ErasableData {

	private final JdbcClient jdbc;

	RhythmErasure(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Set<String> tables() {
		return Set.of("pair_rhythm", "rhythm_fact");
	}

	@Override
	public long pastTerm(Term term, Instant before, Set<Long> held, boolean erase) {
		return 0;
	}

	@Override
	public long person(Subject subject, boolean erase) {
		ErasureRows rows = ErasureRows.of(jdbc, erase, Map.of("p", subject.id()));
		return rows.delete("pair_rhythm", "employee_id = :p or manager_id = :p") + rows.delete("rhythm_fact", "employee_id = :p");
	}

}
